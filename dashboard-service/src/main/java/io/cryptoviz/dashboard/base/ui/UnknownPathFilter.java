package io.cryptoviz.dashboard.base.ui;

import java.io.IOException;
import java.util.List;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import io.cryptoviz.dashboard.base.error.ErrorPage;
import io.cryptoviz.dashboard.base.error.Problem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a GET for a path that is neither a page nor a file Vaadin serves with a 404,
 * before Vaadin (which would answer 200 "Could not navigate" and open a session) and
 * before Spring Security (which would save the request in a new session): a browser gets
 * the styled error page, any other client a problem.
 */
final class UnknownPathFilter extends OncePerRequestFilter {

	// Paths other parts of the application answer, and Vaadin's own resources.
	private static final List<String> PASSED_PREFIXES = List.of("/api/", "/actuator/", "/swagger-ui", "/v3/api-docs",
			"/error", "/VAADIN/", "/HEARTBEAT/", "/frontend/", "/themes/", "/icons/", "/images/", "/sw",
			"/manifest.webmanifest", "/offline", "/favicon.ico");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (known(request)) {
			chain.doFilter(request, response);
			return;
		}
		if (ErrorPage.prefersHtml(request)) {
			ErrorPage.write(response, 404);
		}
		else {
			Problem.of(404, "Nothing is served at this path; the API is under /api/v1 and documented at /api/docs.")
				.write(response);
		}
	}

	private boolean known(HttpServletRequest request) {
		String method = request.getMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method) || request.getParameter("v-r") != null) {
			return true;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (PASSED_PREFIXES.stream().anyMatch(path::startsWith)) {
			return true;
		}
		if (!path.endsWith("/") && isFile(path)) {
			return true;
		}
		String route = path.replaceAll("^/+|/+$", "");
		return ApplicationRouteRegistry.getInstance(new VaadinServletContext(getServletContext()))
			.getNavigationTarget(route)
			.isPresent();
	}

	private boolean isFile(String path) {
		try {
			ClassLoader classes = getClass().getClassLoader();
			return getServletContext().getResource(path) != null
					|| classes.getResource("META-INF/resources" + path) != null
					|| classes.getResource("META-INF/VAADIN/webapp" + path) != null;
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

}
