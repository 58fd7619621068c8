package io.cryptoviz.dashboard.base.error;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Spring Boot's {@code /error}, where the container forwards the errors no handler
 * answered (TRACE's 405, an exception from a filter): a problem for every client, or the
 * styled error page for a browser away from the API. Asked for directly, {@code /error}
 * is a path like any other and does not exist (404, never Boot's status 999). A server
 * error is logged as one line with its cause, without the stack trace.
 */
@Controller
class ProblemErrorController implements ErrorController {

	private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

	@RequestMapping("/error")
	void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (response.isCommitted()) {
			return;
		}
		int status = (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code && code >= 400)
				? code : 404;
		if (status >= 500 && request.getAttribute(RequestGuard.UNREADABLE_BODY) != null) {
			status = 400;
		}
		if (status >= 500 && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure) {
			log.warn("Answered {} to {} {}: {}", status, request.getMethod(),
					request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), Refusals.describe(failure));
		}
		String path = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
		if (ErrorPage.prefersHtml(request) && !path.startsWith("/api/")) {
			ErrorPage.write(response, status);
			return;
		}
		Problem.of(status, Refusals.detail(status)).write(response);
	}

}
