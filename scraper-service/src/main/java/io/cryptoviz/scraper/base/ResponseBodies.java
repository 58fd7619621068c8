package io.cryptoviz.scraper.base;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Reads a response body whole, gunzipping it when the provider sent it compressed (the
 * JDK client does not), and refusing anything larger than {@value #MAX_BYTES} bytes after
 * decompression, so a runaway or hostile body costs a bounded amount of memory.
 */
final class ResponseBodies {

	/** Ample for every provider: CoinPaprika's every-coin list is about 2 MB. */
	static final int MAX_BYTES = 16 * 1024 * 1024;

	private ResponseBodies() {
	}

	static byte[] read(ClientHttpResponse response) throws IOException {
		InputStream body = response.getBody();
		String encoding = response.getHeaders().getFirst(HttpHeaders.CONTENT_ENCODING);
		if (encoding != null && encoding.strip().equalsIgnoreCase("gzip")) {
			body = new GZIPInputStream(body);
		}
		byte[] bytes = body.readNBytes(MAX_BYTES + 1);
		if (bytes.length > MAX_BYTES) {
			throw new FetchException(FailureKind.MALFORMED,
					"response body larger than " + (MAX_BYTES / (1024 * 1024)) + " MB, not read");
		}
		return bytes;
	}

}
