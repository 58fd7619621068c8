package io.cryptoviz.dashboard.api;

import java.net.URI;

import io.cryptoviz.dashboard.base.parameter.InvalidParameterException;
import io.cryptoviz.dashboard.predictions.NoPricesException;
import io.cryptoviz.dashboard.predictions.UnknownAssetException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error as an RFC 9457 problem: 400 naming the parameter and its range, 404 for
 * an unknown asset, 503 with Retry-After while the store cannot answer. Extending
 * {@link ResponseEntityExceptionHandler} also turns Spring MVC's own errors (malformed
 * JSON, wrong method or media type, unknown path) into problems instead of HTML or a 500.
 */
@RestControllerAdvice
class ApiErrors extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

	private static final String TYPE = "urn:cryptoviz:problem:";

	@ExceptionHandler
	ProblemDetail invalidParameter(InvalidParameterException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter",
				ex.getMessage());
		problem.setProperty("parameter", ex.parameter());
		problem.setProperty("allowed", ex.allowed());
		if (ex.received() != null) {
			problem.setProperty("received", ex.received());
		}
		return problem;
	}

	@ExceptionHandler
	ProblemDetail unknownAsset(UnknownAssetException ex) {
		ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "unknown-asset", "Unknown asset",
				ex.getMessage() + "; GET /api/v1/assets lists the tracked ones");
		problem.setProperty("asset", ex.assetId());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail noPrices(NoPricesException ex) {
		ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "no-prices", "No prices for this source",
				ex.getMessage() + "; try source=all");
		problem.setProperty("asset", ex.assetId());
		return problem;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> storeNotReady(StoreNotReadyException ex) {
		log.info("API answered 503: {}", ex.getMessage());
		ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "store-unavailable", "Data store unavailable",
				ex.getMessage());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()))
			.body(problem);
	}

	// The default detail is "Failed to read request", and Jackson's own message quotes
	// internals; say what is wrong in terms of the API instead.
	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "malformed-body", "Malformed request body",
				"the body must be a JSON object like {\"assets\": [\"bitcoin\"], \"horizon\": 4, \"history\": 24}");
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	private static ProblemDetail problem(HttpStatus status, String type, String title, @Nullable String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE + type));
		problem.setTitle(title);
		return problem;
	}

}
