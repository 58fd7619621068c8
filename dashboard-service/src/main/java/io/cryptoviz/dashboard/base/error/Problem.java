package io.cryptoviz.dashboard.base.error;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * An RFC 9457 problem written straight to the servlet response, for the answers given
 * outside Spring MVC, where no message converter runs.
 *
 * @param status the HTTP status
 * @param type the last part of the problem type URN
 * ({@code urn:cryptoviz:problem:<type>})
 * @param title a short summary that does not change between occurrences
 * @param detail what was wrong with this request
 */
public record Problem(int status, String type, String title, String detail) {

	/** The prefix of every problem type the dashboard defines. */
	public static final String TYPE_PREFIX = "urn:cryptoviz:problem:";

	/**
	 * @param status the HTTP status
	 * @param detail what was wrong with this request
	 * @return a problem of type about:blank titled with the status's reason phrase
	 */
	public static Problem of(int status, String detail) {
		HttpStatus known = HttpStatus.resolve(status);
		return new Problem(status, "", (known != null) ? known.getReasonPhrase() : "Error", detail);
	}

	/**
	 * @return the problem as JSON
	 */
	public String json() {
		String typeUri = this.type.isEmpty() ? "about:blank" : TYPE_PREFIX + this.type;
		return "{\"type\":" + quote(typeUri) + ",\"title\":" + quote(this.title) + ",\"status\":" + this.status
				+ ",\"detail\":" + quote(this.detail) + "}";
	}

	/**
	 * Writes the problem with the security headers, replacing whatever the response held;
	 * does nothing once the response is committed.
	 * @param response a response not yet committed
	 * @param headers extra headers (Retry-After, Allow, ...)
	 * @throws IOException when the client has gone
	 */
	public void write(HttpServletResponse response, Map<String, String> headers) throws IOException {
		if (response.isCommitted()) {
			// Tomcat has answered already (a body it could not read); its report stands.
			return;
		}
		response.resetBuffer();
		response.setStatus(this.status);
		ResponseHeaders.write(response);
		response.setHeader("Cache-Control", "no-store");
		headers.forEach(response::setHeader);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		Writer writer = response.getWriter();
		writer.write(json());
		writer.flush();
	}

	/**
	 * @param response a response not yet committed
	 * @throws IOException when the client has gone
	 */
	public void write(HttpServletResponse response) throws IOException {
		write(response, Map.of());
	}

	static String quote(String text) {
		StringBuilder out = new StringBuilder(text.length() + 2).append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				default -> {
					if (c < 0x20 || c == '<' || c == '>' || c == '&' || Character.isSurrogate(c)) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

}
