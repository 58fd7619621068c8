/**
 * How the dashboard answers a request it will not serve, wherever it is refused: in
 * Tomcat before the application (bad encoding, path tricks, oversized headers, bad
 * chunking), in a filter before any controller (unparsable parameters, unacceptable media
 * types, oversized bodies) or at Spring's {@code /error}. Every such answer is an RFC
 * 9457 problem with the dashboard's security headers, logged as at most one line.
 */
@NullMarked
package io.cryptoviz.dashboard.base.error;

import org.jspecify.annotations.NullMarked;
