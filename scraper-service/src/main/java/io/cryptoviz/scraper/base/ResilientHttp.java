package io.cryptoviz.scraper.base;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

import io.cryptoviz.model.retry.Backoff;
import io.cryptoviz.model.retry.Retry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * GET with the provider rules applied: the rate limiter before every call, connect and
 * read timeouts, at most {@value #MAX_ATTEMPTS} attempts, Retry-After (or 60 s) after a
 * 429, exponential backoff with jitter after a 5xx or I/O error, and no retry for 4xx. A
 * gzip-encoded body (a provider asked for it with {@code Accept-Encoding}) is
 * decompressed, and no body may exceed {@link ResponseBodies#MAX_BYTES}. Each call is
 * timed; each failure is counted by kind. A failure that a later attempt cleared gets one
 * INFO line (what it was, how long the call waited), since the cycle line alone would
 * show only a long cycle.
 */
public final class ResilientHttp {

	private static final Logger log = LoggerFactory.getLogger(ResilientHttp.class);

	public static final int MAX_ATTEMPTS = 3;

	/**
	 * After a 5xx or an I/O error: 2-3 s, then 4-6 s (the common-model policy, drawn
	 * uniformly from the upper two thirds of 3 s, 6 s).
	 */
	static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(3), Duration.ofSeconds(12), 1 / 3.0);

	private final String source;

	private final RestClient client;

	private final RateLimiter limiter;

	private final Clock clock;

	private final Retry retry;

	private final MeterRegistry meters;

	private final Timer latency;

	public ResilientHttp(String source, String baseUrl, ScraperProperties.SourceSettings settings,
			Consumer<HttpHeaders> defaultHeaders, RateLimiter limiter, Clock clock, Sleeper sleeper,
			MeterRegistry meters) {
		this.source = source;
		HttpClient http = HttpClient.newBuilder()
			.connectTimeout(settings.connectTimeout())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
		factory.setReadTimeout(settings.readTimeout());
		this.client = RestClient.builder()
			.requestFactory(factory)
			.baseUrl(baseUrl)
			.defaultHeaders(defaultHeaders)
			.defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
			.build();
		this.limiter = limiter;
		this.clock = clock;
		this.retry = Retry.of(BACKOFF, clock, sleeper::sleep);
		this.meters = meters;
		this.latency = Timer.builder("cryptoviz.scraper.fetch.latency")
			.description("Time of one HTTP call to a provider")
			.tag("source", source)
			.register(meters);
	}

	/**
	 * Fetches a path below the base URL.
	 * @param pathAndQuery for example {@code /coins/markets?vs_currency=usd}
	 * @return the body of a 2xx response
	 * @throws FetchException when every allowed attempt failed, or a 4xx came back
	 * @throws InterruptedException when the scraper is shutting down
	 */
	public byte[] get(String pathAndQuery) throws InterruptedException {
		FetchException[] first = new FetchException[1];
		return this.retry.run(FetchException.class, () -> {
			this.limiter.acquire();
			return once(pathAndQuery);
		}, new Retry.Watcher<>() {

			@Override
			public void failed(Retry.Failure<FetchException> failure) {
				FetchException ex = failure.cause();
				if (first[0] == null) {
					first[0] = ex;
				}
				ResilientHttp.this.meters
					.counter("cryptoviz.scraper.fetch.failures", "source", ResilientHttp.this.source, "kind",
							ex.kind().tag())
					.increment();
				if (!ex.kind().retryable() || failure.failures() >= MAX_ATTEMPTS) {
					throw ex.afterAttempts(failure.failures());
				}
			}

			// After a 429 the rate limiter holds the next call until Retry-After has
			// passed.
			@Override
			public Duration pauseAfter(Retry.Failure<FetchException> failure) {
				return (failure.cause().kind() == FailureKind.RATE_LIMITED) ? Duration.ZERO : failure.pause();
			}

			@Override
			public void succeeded(int failures, Duration waited) {
				log.info("{}: {} answered on attempt {} after {} s of retrying; it had failed with {} [{}]",
						ResilientHttp.this.source, pathOnly(pathAndQuery), failures + 1, waited.toSeconds(),
						first[0].getMessage(), first[0].kind().tag());
			}

		});
	}

	private byte[] once(String pathAndQuery) {
		Response response;
		long start = System.nanoTime();
		try {
			response = this.client.get()
				.uri(pathAndQuery)
				.exchange((request, res) -> new Response(res.getStatusCode().value(),
						res.getHeaders().getFirst(HttpHeaders.RETRY_AFTER), ResponseBodies.read(res)));
		}
		catch (ResourceAccessException ex) {
			throw new FetchException(FailureKind.IO, "I/O error: " + ioReason(ex));
		}
		finally {
			this.latency.record(Duration.ofNanos(System.nanoTime() - start));
		}
		int status = response.status();
		if (status >= 200 && status < 300) {
			return response.body();
		}
		String what = "HTTP " + status + " " + ErrorBodies.describe(response.body());
		if (status == 429) {
			Duration wait = RetryAfter.parse(response.retryAfter(), this.clock.instant());
			this.limiter.pauseUntil(this.clock.instant().plus(wait));
			throw new FetchException(FailureKind.RATE_LIMITED, what + ", waiting " + wait.toSeconds() + " s");
		}
		if (status == 401 || status == 403) {
			throw new FetchException(FailureKind.AUTH, what);
		}
		if (status >= 500) {
			throw new FetchException(FailureKind.SERVER_ERROR, what);
		}
		throw new FetchException(FailureKind.CLIENT_ERROR, what);
	}

	private static String pathOnly(String pathAndQuery) {
		int query = pathAndQuery.indexOf('?');
		return (query >= 0) ? pathAndQuery.substring(0, query) : pathAndQuery;
	}

	private static String ioReason(ResourceAccessException ex) {
		Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
		String type = cause.getClass().getSimpleName();
		if (cause instanceof java.net.http.HttpTimeoutException || cause instanceof java.net.SocketTimeoutException) {
			return "timed out (" + type + ")";
		}
		String message = (cause.getMessage() != null) ? cause.getMessage() : "";
		return message.isBlank() ? type : type + ": " + message;
	}

	private record Response(int status, String retryAfter, byte[] body) {
	}

	/** The wait a 429 asks for. */
	static final class RetryAfter {

		static final Duration DEFAULT = Duration.ofSeconds(60);

		private RetryAfter() {
		}

		static Duration parse(String header, Instant now) {
			if (header == null || header.isBlank()) {
				return DEFAULT;
			}
			String value = header.strip();
			try {
				return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
			}
			catch (NumberFormatException notSeconds) {
				try {
					Instant at = java.time.ZonedDateTime
						.parse(value, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
						.toInstant();
					Duration wait = Duration.between(now, at);
					return wait.isNegative() ? Duration.ZERO : wait;
				}
				catch (java.time.format.DateTimeParseException notDate) {
					return DEFAULT;
				}
			}
		}

	}

}
