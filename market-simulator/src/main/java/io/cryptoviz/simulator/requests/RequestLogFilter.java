package io.cryptoviz.simulator.requests;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.regex.Pattern;

import io.cryptoviz.simulator.base.Providers;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records every provider request, including those a fault answers, before any fault runs.
 * Admin and actuator requests are not counted.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestLogFilter extends OncePerRequestFilter {

	private static final Pattern COIN_ID = Pattern.compile("^/api/v3/coins/[^/]+/market_chart$");

	private final RequestLog requests;

	private final Clock clock;

	private final Clock wallClock = Clock.systemUTC();

	private final Providers providers;

	RequestLogFilter(RequestLog requests, Clock clock, Providers providers) {
		this.requests = requests;
		this.clock = clock;
		this.providers = providers;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return this.providers.of(request.getRequestURI()) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Instant received = this.wallClock.instant();
		Instant simulated = this.clock.instant();
		long started = System.nanoTime();
		String path = request.getRequestURI();
		String endpoint = request.getMethod() + " "
				+ COIN_ID.matcher(path).replaceFirst("/api/v3/coins/{id}/market_chart");
		this.requests.arrived(endpoint);
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.requests.completed(new RequestLog.Entry(received, simulated, endpoint, path, request.getQueryString(),
					response.getStatus(), (System.nanoTime() - started) / 1_000_000));
		}
	}

}
