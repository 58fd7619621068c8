package io.cryptoviz.simulator.base;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The admin endpoints change what every client of the simulator sees (faults, the clock),
 * so they answer only callers on this machine, or callers that send {@code X-Admin-Token}
 * equal to {@code CRYPTOVIZ_SIMULATOR_ADMIN_TOKEN} when one is set (a simulator in a
 * container is reached from the host through the bridge, not loopback).
 */
@Component
class AdminAccess extends OncePerRequestFilter {

	static final String TOKEN_HEADER = "X-Admin-Token";

	private final byte[] token;

	AdminAccess(@Value("${cryptoviz.simulator.admin-token:}") String token) {
		this.token = token.strip().getBytes(StandardCharsets.UTF_8);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith("/admin/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (loopback(request.getRemoteAddr()) || tokenMatches(request.getHeader(TOKEN_HEADER))) {
			chain.doFilter(request, response);
			return;
		}
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,\"detail\":\"The admin endpoints "
					+ "answer only on this machine, or with the X-Admin-Token header when "
					+ "CRYPTOVIZ_SIMULATOR_ADMIN_TOKEN is set.\"}");
	}

	private boolean tokenMatches(String sent) {
		return this.token.length > 0 && sent != null
				&& MessageDigest.isEqual(this.token, sent.strip().getBytes(StandardCharsets.UTF_8));
	}

	private static boolean loopback(String address) {
		try {
			// An IP literal, as the container reports it: no name lookup happens.
			return InetAddress.ofLiteral(address).isLoopbackAddress();
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
