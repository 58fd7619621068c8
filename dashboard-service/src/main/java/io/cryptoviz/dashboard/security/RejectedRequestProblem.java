package io.cryptoviz.dashboard.security;

import java.io.IOException;

import io.cryptoviz.dashboard.base.error.Problem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * Spring Security's firewall refuses paths such as {@code /api/v1/predictions/..} before
 * any controller sees them; answer those with a problem body and the security headers,
 * like every other refusal, not an empty 400.
 */
@Component
class RejectedRequestProblem implements RequestRejectedHandler {

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			RequestRejectedException requestRejectedException) throws IOException {
		new Problem(HttpServletResponse.SC_BAD_REQUEST, "rejected-path", "Bad Request",
				"The request path or query is not allowed.")
			.write(response);
	}

}
