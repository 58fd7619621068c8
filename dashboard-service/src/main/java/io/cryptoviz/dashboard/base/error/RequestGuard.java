package io.cryptoviz.dashboard.base.error;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first filter every request meets, refusing what would otherwise fail deep inside
 * the framework: a query or form that is not valid percent-encoded UTF-8 (400); and, for
 * the API, an Accept or Accept-Charset header that no JSON (or, for the price export,
 * CSV) in UTF-8 satisfies (406) and a body over {@link #BODY_LIMIT_BYTES} (413). The
 * API's Accept header is passed on reduced to the ranges it can honour, so Spring never
 * picks a charset it cannot write; a client asking for {@code application/problem+json}
 * alone gets its errors as problems and its results as JSON rather than a 406 that hides
 * the real error.
 */
final class RequestGuard extends OncePerRequestFilter {

	/**
	 * A batch of 100 ids with every parameter is about 3 KB; 64 KB leaves room for any
	 * real client.
	 */
	static final int BODY_LIMIT_BYTES = 64 * 1024;

	/**
	 * Marks a request whose body could not be read: whatever Tomcat then reports for it
	 * is the client's error.
	 */
	static final String UNREADABLE_BODY = RequestGuard.class.getName() + ".unreadableBody";

	private static final String API = "/api/";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			request.getParameterMap();
		}
		catch (RuntimeException ex) {
			if (ErrorPage.prefersHtml(request) && !request.getRequestURI().startsWith(API)) {
				ErrorPage.write(response, 400);
				return;
			}
			new Problem(400, "malformed-query", "Malformed query or form",
					"The query string or form body is not valid percent-encoded UTF-8.")
				.write(response);
			return;
		}
		if (!request.getRequestURI().startsWith(API)) {
			chain.doFilter(request, response);
			return;
		}
		String accept = acceptable(request);
		if (accept == null) {
			new Problem(406, "not-acceptable", "Not Acceptable", Refusals.detail(406)).write(response);
			return;
		}
		byte[] body = null;
		if (hasBody(request)) {
			if (request.getContentLengthLong() > BODY_LIMIT_BYTES) {
				tooLarge(response);
				return;
			}
			try {
				body = request.getInputStream().readNBytes(BODY_LIMIT_BYTES + 1);
			}
			catch (IOException ex) {
				// Tomcat records the read failure as the request's error exception, which
				// would turn this client error into a 500 once the chain returns.
				request.removeAttribute(RequestDispatcher.ERROR_EXCEPTION);
				request.setAttribute(UNREADABLE_BODY, Boolean.TRUE);
				new Problem(400, "malformed-body", "Malformed request body",
						"The request body could not be read: bad chunking or a connection cut short.")
					.write(response);
				return;
			}
			if (body.length > BODY_LIMIT_BYTES) {
				tooLarge(response);
				return;
			}
		}
		chain.doFilter(new GuardedRequest(request, accept, body), response);
	}

	private static void tooLarge(HttpServletResponse response) throws IOException {
		// The rest of the body is not read; close the connection rather than drain it.
		new Problem(413, "body-too-large", "Request body too large",
				"The request body must be at most " + BODY_LIMIT_BYTES / 1024 + " KB.")
			.write(response, Map.of(HttpHeaders.CONNECTION, "close"));
	}

	private static boolean hasBody(HttpServletRequest request) {
		return request.getContentLengthLong() > 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
	}

	/**
	 * @return the Accept header reduced to what the API can honour, "" when absent, or
	 * null when nothing in it can be honoured
	 */
	private static final MediaType TEXT_CSV = MediaType.valueOf("text/csv");

	static @Nullable String acceptable(HttpServletRequest request) {
		if (!charsetAccepted(request.getHeaders(HttpHeaders.ACCEPT_CHARSET))) {
			return null;
		}
		List<String> values = Collections.list(request.getHeaders(HttpHeaders.ACCEPT));
		if (values.isEmpty()) {
			return "";
		}
		List<MediaType> types;
		try {
			types = MediaType.parseMediaTypes(values);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		// JSON and CSV (the price export) keep their order and weights; problem+json is
		// added last so any refusal can still be written.
		List<String> kept = new ArrayList<>();
		boolean problem = false;
		for (MediaType type : types) {
			if (type.getQualityValue() <= 0 || !utf8(type.getParameter("charset"))) {
				continue;
			}
			String weight = (type.getQualityValue() < 1) ? ";q=" + type.getQualityValue() : "";
			if (type.includes(MediaType.APPLICATION_JSON)) {
				kept.add("application/json" + weight);
			}
			if (!type.isWildcardType() && type.includes(TEXT_CSV)) {
				kept.add("text/csv" + weight);
			}
			problem |= type.includes(MediaType.APPLICATION_PROBLEM_JSON);
		}
		if (!kept.isEmpty()) {
			return String.join(", ", kept.stream().distinct().toList()) + ", application/problem+json";
		}
		return problem ? "application/problem+json, application/json;q=0.1" : null;
	}

	private static boolean charsetAccepted(Enumeration<String> headers) {
		List<String> values = Collections.list(headers);
		if (values.isEmpty()) {
			return true;
		}
		for (String value : values) {
			for (String part : value.split(",")) {
				String[] pieces = part.split(";");
				if (pieces.length == 0) {
					continue;
				}
				String charset = pieces[0].strip().toLowerCase(Locale.ROOT);
				boolean refused = pieces.length > 1 && pieces[1].replace(" ", "").matches("q=0(\\.0*)?");
				if (!refused && (charset.equals("*") || utf8(charset))) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean utf8(@Nullable String charset) {
		if (charset == null || charset.equals("*")) {
			return true;
		}
		String name = charset.strip().replace("\"", "").toLowerCase(Locale.ROOT);
		return name.equals("utf-8") || name.equals("utf8");
	}

	/**
	 * The request as the API sees it: its honourable Accept ranges and its buffered body.
	 */
	private static final class GuardedRequest extends HttpServletRequestWrapper {

		private final String accept;

		private final byte @Nullable [] body;

		GuardedRequest(HttpServletRequest request, String accept, byte @Nullable [] body) {
			super(request);
			this.accept = accept;
			this.body = body;
		}

		@Override
		public @Nullable String getHeader(String name) {
			if (HttpHeaders.ACCEPT.equalsIgnoreCase(name) && !this.accept.isEmpty()) {
				return this.accept;
			}
			return super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			if (HttpHeaders.ACCEPT.equalsIgnoreCase(name) && !this.accept.isEmpty()) {
				return Collections.enumeration(List.of(this.accept));
			}
			return super.getHeaders(name);
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			return (this.body != null) ? new BufferedBody(this.body) : super.getInputStream();
		}

		@Override
		public int getContentLength() {
			return (this.body != null) ? this.body.length : super.getContentLength();
		}

		@Override
		public long getContentLengthLong() {
			return (this.body != null) ? this.body.length : super.getContentLengthLong();
		}

	}

	private static final class BufferedBody extends ServletInputStream {

		private final ByteArrayInputStream bytes;

		private boolean finished;

		BufferedBody(byte[] body) {
			this.bytes = new ByteArrayInputStream(body);
		}

		@Override
		public int read() {
			int next = this.bytes.read();
			this.finished = next < 0;
			return next;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			int count = this.bytes.read(buffer, offset, length);
			this.finished = count < 0;
			return count;
		}

		@Override
		public boolean isFinished() {
			return this.finished;
		}

		@Override
		public boolean isReady() {
			return true;
		}

		@Override
		public void setReadListener(ReadListener listener) {
			throw new UnsupportedOperationException("the body is already buffered");
		}

	}

}
