package io.cryptoviz.dashboard.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Answers an API call without valid credentials with 401, a Basic challenge and an RFC
 * 9457 problem body, like the API's other errors, instead of redirecting to the login
 * page.
 */
final class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

	static final String REALM = "CryptoViz";

	private static final String BODY = """
			{"type":"about:blank","title":"Unauthorized","status":401,\
			"detail":"This dashboard has a password: send it with HTTP Basic authentication."}""";

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(BODY);
	}

}
