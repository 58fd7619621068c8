package io.cryptoviz.dashboard.prices;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import io.cryptoviz.store.read.PriceRow;

/**
 * {@code time,source,price}, one row per line with CRLF endings (RFC 4180). No value can
 * hold a comma or a quote: times are ISO-8601, sources are keys, prices are numbers.
 */
final class CsvPriceWriter implements PriceWriter {

	private final Writer out;

	CsvPriceWriter(OutputStream out) {
		this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
	}

	@Override
	public void begin(PriceExport.Header export) throws IOException {
		this.out.write("time,source,price\r\n");
	}

	@Override
	public void row(PriceRow row) throws IOException {
		this.out.write(row.time().toString());
		this.out.write(',');
		this.out.write(row.source().key());
		this.out.write(',');
		this.out.write(PriceWriter.plain(row.price()).toPlainString());
		this.out.write("\r\n");
	}

	@Override
	public void end() throws IOException {
		this.out.flush();
	}

}
