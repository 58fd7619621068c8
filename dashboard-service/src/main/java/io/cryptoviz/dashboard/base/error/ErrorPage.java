package io.cryptoviz.dashboard.base.error;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * The error page a browser gets away from the API: static HTML in the dashboard's colours
 * with a way back home, served without a Vaadin session so that a scanner probing
 * {@code /.git/config} costs nothing.
 */
public final class ErrorPage {

	private static final String PAGE = """
			<!doctype html>
			<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
			<title>%1$d %2$s · CryptoViz</title>
			<style>
			body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#f5f7fa;color:#1a2733}
			main{max-width:32rem;margin:15vh auto;padding:2rem;background:#fff;border-radius:12px;
			box-shadow:0 2px 12px rgba(0,0,0,.08)}
			h1{margin:0 0 .5rem;font-size:1.5rem}p{line-height:1.5;color:#4a5866}a{color:#1676f3}
			@media (prefers-color-scheme:dark){body{background:#1a2027;color:#e8edf2}main{background:#242c35}
			p{color:#b3bfcb}a{color:#6ea8ff}}
			</style></head>
			<body><main><h1>%1$d · %2$s</h1><p>%3$s</p><p><a href="/">Back to the dashboard</a></p></main></body></html>
			""";

	private ErrorPage() {
	}

	/**
	 * @param request any request
	 * @return whether the client explicitly prefers HTML, as a browser navigating does
	 */
	public static boolean prefersHtml(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		if (accept == null) {
			return false;
		}
		try {
			List<MediaType> types = MediaType.parseMediaTypes(accept);
			return types.stream()
				.anyMatch(type -> type.getQualityValue() > 0 && type.isCompatibleWith(MediaType.TEXT_HTML)
						&& !type.isWildcardType());
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	/**
	 * Writes the page with the security headers.
	 * @param response a response not yet committed
	 * @param status the HTTP status
	 * @throws IOException when the client has gone
	 */
	public static void write(HttpServletResponse response, int status) throws IOException {
		response.resetBuffer();
		response.setStatus(status);
		ResponseHeaders.write(response);
		response.setHeader("Cache-Control", "no-store");
		response.setContentType("text/html");
		response.setCharacterEncoding("UTF-8");
		Writer writer = response.getWriter();
		writer.write(html(status));
		writer.flush();
	}

	static String html(int status) {
		HttpStatus known = HttpStatus.resolve(status);
		String title = (known != null) ? known.getReasonPhrase() : "Error";
		String text = switch (status) {
			case 404 ->
				"There is no page at this address. The pages are Home, Multi-Source Dashboard and " + "ML Predictions.";
			case 400 -> "This link is malformed or too long to read. Choose the cryptos and dates on the page "
					+ "itself instead.";
			default -> "The dashboard could not answer this request.";
		};
		return PAGE.formatted(status, title, text);
	}

}
