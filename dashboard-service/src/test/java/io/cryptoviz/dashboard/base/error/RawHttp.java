package io.cryptoviz.dashboard.base.error;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Sends bytes no HTTP client library would send (bad request lines, bad chunking, raw
 * percent-encodings) over a plain socket and reads the one response.
 */
final class RawHttp {

	private RawHttp() {
	}

	/**
	 * @param port the server's port
	 * @param request the whole request, as sent
	 * @return the response, or status 0 when the server closed without one
	 * @throws IOException when the socket fails
	 */
	static Response send(int port, byte[] request) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(5_000);
			OutputStream out = socket.getOutputStream();
			try {
				out.write(request);
				out.flush();
				socket.shutdownOutput();
			}
			catch (IOException ex) {
				// The server may answer and close before the whole request is written.
			}
			return parse(readAll(socket.getInputStream()));
		}
	}

	static Response send(int port, String request) throws IOException {
		return send(port, request.getBytes(StandardCharsets.ISO_8859_1));
	}

	private static byte[] readAll(InputStream in) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try {
			int read;
			while ((read = in.read(buffer)) >= 0) {
				bytes.write(buffer, 0, read);
			}
		}
		catch (SocketTimeoutException | java.net.SocketException ex) {
			// keep what arrived
		}
		return bytes.toByteArray();
	}

	private static Response parse(byte[] raw) {
		String text = new String(raw, StandardCharsets.ISO_8859_1);
		// Skip interim responses (100 Continue) to the final one.
		while (text.startsWith("HTTP/1.1 1") && text.indexOf("\r\n\r\n") > 0) {
			text = text.substring(text.indexOf("\r\n\r\n") + 4);
		}
		int end = text.indexOf("\r\n\r\n");
		if (!text.startsWith("HTTP/") || end < 0) {
			return new Response(0, Map.of(), text);
		}
		String[] lines = text.substring(0, end).split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			if (colon > 0) {
				headers.putIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
						lines[i].substring(colon + 1).strip());
			}
		}
		return new Response(status, headers, text.substring(end + 4));
	}

	/**
	 * @param status the status code, 0 when there was no response
	 * @param headers first value of each header, names in lower case
	 * @param body the raw body (chunk sizes included when chunked)
	 */
	record Response(int status, Map<String, String> headers, String body) {

		String header(String name) {
			return this.headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
		}

	}

}
