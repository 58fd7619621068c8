package io.cryptoviz.dashboard.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * Spring Security's firewall refuses paths such as {@code /api/v1/predictions/..} before
 * any controller sees them; answer those with a problem body like every other API error,
 * not an empty 400.
 */
@Component
class RejectedRequestProblem implements RequestRejectedHandler {

	private static final String BODY = """
			{"type":"about:blank","title":"Bad Request","status":400,\
			"detail":"The request path or query is not allowed."}""";

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			RequestRejectedException requestRejectedException) throws IOException {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(BODY);
	}

}
