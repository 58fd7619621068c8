package io.cryptoviz.dashboard.base.error;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers every dashboard response carries, stated once: Spring Security
 * writes them for requests that reach it, and the answers given before it (Tomcat's error
 * reports, the request guard) write them from here.
 */
public final class ResponseHeaders {

	/**
	 * The narrowest policy under which Vaadin Flow and ApexCharts work, checked in
	 * Chromium: Flow runs server-sent JavaScript through {@code new Function()}
	 * ('unsafe-eval') and its bootstrap page has an inline script; Lumo, Flow and
	 * ApexCharts set inline styles. Everything else is our own origin; push uses a
	 * same-origin WebSocket, which 'self' covers in connect-src.
	 */
	public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
			+ "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/** Never send a page's path to another site. */
	public static final String REFERRER_POLICY = "strict-origin-when-cross-origin";

	private ResponseHeaders() {
	}

	/**
	 * Writes the security headers Spring Security would have written.
	 * @param response a response not yet committed
	 */
	public static void write(HttpServletResponse response) {
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		response.setHeader("Referrer-Policy", REFERRER_POLICY);
	}

}
