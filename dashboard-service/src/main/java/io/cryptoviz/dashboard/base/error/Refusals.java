package io.cryptoviz.dashboard.base.error;

/**
 * What a refusal says when nothing more specific is known: Tomcat's and the servlet
 * container's refusals carry no reason a client can act on.
 */
final class Refusals {

	private Refusals() {
	}

	static String detail(int status) {
		return switch (status) {
			case 400 -> "The request is malformed: a bad percent-encoding, an encoded '/', '\\' or NUL in the path, "
					+ "a malformed request line or header, or bad chunking.";
			case 404 -> "Nothing is served at this path; the API is under /api/v1 and documented at /api/docs.";
			case 405 -> "This method is not allowed here; the Allow header lists those that are.";
			case 406 -> "The Accept header names no representation this resource has; the API answers "
					+ "application/json in UTF-8 and its errors application/problem+json.";
			case 408 -> "The request took too long to arrive.";
			case 413 -> "The request body is too large.";
			case 414 -> "The request line is too long.";
			case 415 -> "This content type is not accepted here.";
			case 431 -> "The request headers are too large.";
			case 501 -> "This method is not implemented.";
			case 505 -> "This HTTP version is not supported.";
			default ->
				(status >= 500) ? "The server could not answer this request." : "The request could not be served.";
		};
	}

	/**
	 * @param failure an exception no handler answered
	 * @return its class and message, and its root cause's, on one line
	 */
	static String describe(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String text = failure.getClass().getSimpleName() + ": " + failure.getMessage();
		if (root != failure) {
			text += " (cause " + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
		}
		return text.replaceAll("[\\r\\n\\t]+", " ");
	}

}
