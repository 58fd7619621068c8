package io.cryptoviz.dashboard.security;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

import io.cryptoviz.dashboard.base.error.Problem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands in front of the login form and HTTP Basic. A client with
 * {@value LoginThrottle#MAX_FAILURES} failures in the last minute gets 429 with
 * Retry-After before its password is hashed; a login form posted from another site is
 * refused with 403. Whether an attempt failed is read from the answer the chain gave: 401
 * for Basic, a redirect to the login page's error for the form.
 */
final class LoginGuard extends OncePerRequestFilter {

	private final LoginThrottle throttle;

	LoginGuard(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean form = isFormLogin(request);
		boolean basic = hasBasicCredentials(request);
		if (!form && !basic) {
			chain.doFilter(request, response);
			return;
		}
		if (form && crossSite(request)) {
			new Problem(403, "cross-site-login", "Cross-site login refused",
					"A login form must be posted from this dashboard's own pages.")
				.write(response);
			return;
		}
		String client = request.getRemoteAddr();
		Duration wait = this.throttle.waitFor(client);
		if (!wait.isZero() && !wait.isNegative()) {
			long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
			new Problem(429, "too-many-logins", "Too many failed logins",
					"Too many failed logins from this address; try again in " + seconds + " s.")
				.write(response, Map.of(HttpHeaders.RETRY_AFTER, Long.toString(seconds)));
			return;
		}
		chain.doFilter(request, response);
		if (failed(response, form)) {
			this.throttle.failed(client);
		}
		else if (response.getStatus() < 400) {
			this.throttle.succeeded(client);
		}
	}

	private static boolean isFormLogin(HttpServletRequest request) {
		return "POST".equals(request.getMethod()) && SecurityConfiguration.LOGIN_PATH
			.equals(request.getRequestURI().substring(request.getContextPath().length()));
	}

	private static boolean hasBasicCredentials(HttpServletRequest request) {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
	}

	private static boolean failed(HttpServletResponse response, boolean form) {
		if (!form) {
			return response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED;
		}
		String location = response.getHeader(HttpHeaders.LOCATION);
		return response.getStatus() >= 400 || location != null && location.contains("error");
	}

	/**
	 * Browsers say where a form was posted from: Sec-Fetch-Site, or at least Origin. A
	 * request with neither (curl, a script) is no cross-site forgery.
	 */
	private static boolean crossSite(HttpServletRequest request) {
		String site = request.getHeader("Sec-Fetch-Site");
		if (site != null && !site.equals("same-origin") && !site.equals("none")) {
			return true;
		}
		String origin = request.getHeader(HttpHeaders.ORIGIN);
		if (origin == null) {
			return false;
		}
		String host = request.getHeader(HttpHeaders.HOST);
		return host == null || !host.equalsIgnoreCase(authority(origin));
	}

	private static @Nullable String authority(String origin) {
		try {
			return URI.create(origin).getRawAuthority();
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
