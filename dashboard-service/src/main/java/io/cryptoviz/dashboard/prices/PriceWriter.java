package io.cryptoviz.dashboard.prices;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;

import io.cryptoviz.store.read.PriceRow;

/**
 * Writes an export as its rows arrive. Prices are written in plain decimal notation with
 * the shortest digits that read back as the same double, so no consumer meets an exponent
 * and nothing is rounded away.
 */
public sealed interface PriceWriter permits CsvPriceWriter, JsonPriceWriter {

	/**
	 * @param export what is written, for a header
	 * @throws IOException if the client went away
	 */
	void begin(PriceExport.Header export) throws IOException;

	/**
	 * @param row the next row, in time order
	 * @throws IOException if the client went away
	 */
	void row(PriceRow row) throws IOException;

	/**
	 * Completes the document and flushes.
	 * @throws IOException if the client went away
	 */
	void end() throws IOException;

	/**
	 * @param format JSON or CSV
	 * @param out the response body
	 * @return a writer of that format
	 */
	static PriceWriter of(PriceFormat format, OutputStream out) {
		return switch (format) {
			case JSON -> new JsonPriceWriter(out);
			case CSV -> new CsvPriceWriter(out);
		};
	}

	static BigDecimal plain(double price) {
		return BigDecimal.valueOf(price);
	}

}
