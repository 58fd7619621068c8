package io.cryptoviz.dashboard.base.error;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.http.MediaType;

/**
 * Tomcat's error report for what it refuses before the application sees the request: an
 * encoded '/', '\' or NUL in the path, a malformed request line, an oversized header, bad
 * chunking, a method, transfer coding or HTTP version it does not implement (400 rather
 * than Tomcat's 501 or 505). It writes a problem with the security headers instead of
 * Tomcat's HTML page, and says nothing in the log: these are the client's mistakes.
 * <p>
 * Public with a public constructor because Tomcat's host instantiates its error valve by
 * class name.
 */
public final class ProblemReportValve extends ErrorReportValve {

	public ProblemReportValve() {
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		if (status == 501 || status == 505
				|| status >= 500 && request.getAttribute(RequestGuard.UNREADABLE_BODY) != null) {
			// Tomcat's answer to a method (CONNECT), transfer coding or HTTP version it
			// does
			// not implement: the client's request is at fault, not the server.
			status = 400;
			response.setStatus(status);
		}
		try {
			// A browser following an overlong link still sent its Accept header when only
			// the request line was too long to read; a scanner gets the problem.
			boolean html = ErrorPage.prefersHtml(request);
			response.setContentType(html ? "text/html" : MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			ResponseHeaders.write(response);
			response.setHeader("Cache-Control", "no-store");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(html ? ErrorPage.html(status) : Problem.of(status, Refusals.detail(status)).json());
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The client has gone or the response was taken over; nothing left to say.
		}
	}

}
