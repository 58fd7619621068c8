package io.cryptoviz.dashboard.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Tells requests to the management port apart from those to the public port. Spring Boot
 * runs the management server in a child context whose servlet context is its own.
 */
final class ManagementServer {

	private ManagementServer() {
	}

	/**
	 * @param request any request
	 * @return whether it arrived on the management port
	 */
	static boolean received(HttpServletRequest request) {
		return WebServerApplicationContext.hasServerNamespace(
				WebApplicationContextUtils.getWebApplicationContext(request.getServletContext()), "management");
	}

}
