package io.cryptoviz.simulator.fault;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;

import io.cryptoviz.simulator.base.SimulatedProvider;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * The responses of injected failures, with the bodies each provider's
 * {@link SimulatedProvider} gives.
 */
final class FaultResponses {

	private FaultResponses() {
	}

	static void rateLimited(HttpServletResponse response, SimulatedProvider provider, Instant now,
			@Nullable String retryAfter) throws IOException {
		if (retryAfter != null) {
			response.setHeader(HttpHeaders.RETRY_AFTER, retryAfter);
		}
		json(response, 429, provider.rateLimited(now));
	}

	static void serverError(HttpServletResponse response, SimulatedProvider provider, Instant now, int status)
			throws IOException {
		String message = (status == 500) ? "An internal server error occurred"
				: "The service is temporarily unavailable, please try again later";
		json(response, status, provider.serverError(now, status, message));
	}

	/** A Cloudflare edge page: 1015 for 429, 1020 for 403, a gateway page otherwise. */
	static void html(HttpServletResponse response, SimulatedProvider provider, int status) throws IOException {
		String host = provider.host();
		String ray = HexFormat.of().formatHex(new byte[] { 0x7f, 0x3a, 0x1c, 0x2e, 0x5d, 0x61, 0x0b, 0x44 });
		String title = switch (status) {
			case 429 -> "Error 1015 You are being rate limited";
			case 403 -> "Error 1020 Access denied";
			default -> status + ": " + reason(status);
		};
		String page = """
				<!DOCTYPE html>
				<!--[if lt IE 7]> <html class="no-js ie6 oldie" lang="en-US"> <![endif]-->
				<html lang="en-US">
				<head>
				<title>%s | %s</title>
				<meta charset="UTF-8" />
				<meta name="robots" content="noindex, nofollow" />
				<link rel="stylesheet" id="cf_styles-css" href="/cdn-cgi/styles/cf.errors.css" />
				</head>
				<body>
				<div id="cf-wrapper">
				<div id="cf-error-details" class="cf-error-details-wrapper">
				<h1>%s</h1>
				<p>The owner of this website (%s) has encountered an error. Please try again in a few minutes.</p>
				<p>Cloudflare Ray ID: <strong>%s</strong> &bull; Performance &amp; security by Cloudflare</p>
				</div>
				</div>
				</body>
				</html>
				""".formatted(host, title, title, host, ray);
		response.setStatus(status);
		response.setHeader("Server", "cloudflare");
		response.setHeader("CF-RAY", ray + "-FRA");
		response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
		response.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
	}

	private static String reason(int status) {
		HttpStatus known = HttpStatus.resolve(status);
		return (known != null) ? known.getReasonPhrase() : "Error";
	}

	private static void json(HttpServletResponse response, int status, JsonNode body) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getOutputStream().write(body.toString().getBytes(StandardCharsets.UTF_8));
	}

}
