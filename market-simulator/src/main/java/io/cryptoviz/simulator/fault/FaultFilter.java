package io.cryptoviz.simulator.fault;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import io.cryptoviz.simulator.base.FaultRule;
import io.cryptoviz.simulator.base.Providers;
import io.cryptoviz.simulator.base.SimulatedProvider;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Turns the active fault into what the real provider (or the CDN in front of it) would
 * send. Runs before the controllers, so faults win over authentication as at a CDN edge.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class FaultFilter extends OncePerRequestFilter {

	private final FaultRegistry faults;

	private final Clock clock;

	private final Providers providers;

	FaultFilter(FaultRegistry faults, Clock clock, Providers providers) {
		this.faults = faults;
		this.clock = clock;
		this.providers = providers;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI();
		SimulatedProvider provider = this.providers.of(path);
		FaultRule rule = (provider != null) ? this.faults.take(provider.source(), path) : null;
		if (provider == null || rule == null) {
			chain.doFilter(request, response);
			return;
		}
		switch (rule.fault()) {
			case RATE_LIMIT -> FaultResponses.rateLimited(response, provider, this.clock.instant(), null);
			case RATE_LIMIT_RETRY_AFTER -> FaultResponses.rateLimited(response, provider, this.clock.instant(),
					Long.toString(rule.retryAfterOrDefault().toSeconds()));
			case RATE_LIMIT_RETRY_AFTER_DATE -> FaultResponses.rateLimited(response, provider, this.clock.instant(),
					DateTimeFormatter.RFC_1123_DATE_TIME
						.format(this.clock.instant().plus(rule.retryAfterOrDefault()).atOffset(ZoneOffset.UTC)));
			case SERVER_ERROR_500 -> FaultResponses.serverError(response, provider, this.clock.instant(), 500);
			case SERVICE_UNAVAILABLE_503 -> FaultResponses.serverError(response, provider, this.clock.instant(), 503);
			case HTML_ERROR -> FaultResponses.html(response, provider, rule.statusOrDefault());
			case BAD_PRICES -> {
				request.setAttribute(BadPrices.ATTRIBUTE, Boolean.TRUE);
				chain.doFilter(request, response);
			}
			case SLOW -> {
				if (pause(rule)) {
					chain.doFilter(request, response);
				}
			}
			case TRUNCATED_JSON -> truncated(request, response, chain);
		}
	}

	private static boolean pause(FaultRule rule) {
		try {
			Thread.sleep(rule.delayOrDefault());
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** The real response, cut off at 60 % of its bytes but complete at the HTTP level. */
	private static void truncated(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		ContentCachingResponseWrapper whole = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, whole);
		byte[] body = whole.getContentAsByteArray();
		int cut = Math.max(1, (int) (body.length * 0.6));
		response.setStatus(whole.getStatus());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setContentLength(Math.min(cut, body.length));
		response.getOutputStream().write(body, 0, Math.min(cut, body.length));
		response.flushBuffer();
	}

}
