package io.cryptoviz.dashboard.prices;

import java.io.IOException;
import java.io.OutputStream;

import io.cryptoviz.store.read.PriceRow;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * <pre>
 * {"asset": "bitcoin", "interval": "5m", "from": "...", "to": "...",
 *  "sources": ["coingecko", ...], "prices": [{"time": "...", "source": "coingecko", "price": 97000.5}, ...]}
 * </pre> written token by token, so the array is never built in memory.
 */
final class JsonPriceWriter implements PriceWriter {

	private static final JsonFactory FACTORY = JsonFactory.builder()
		.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
		.build();

	private final JsonGenerator json;

	JsonPriceWriter(OutputStream out) {
		this.json = FACTORY.createGenerator(ObjectWriteContext.empty(), out);
	}

	@Override
	public void begin(PriceExport.Header export) throws IOException {
		try {
			this.json.writeStartObject();
			this.json.writeStringProperty("asset", export.assetId());
			this.json.writeStringProperty("interval", export.interval().param());
			this.json.writeStringProperty("from", export.from().toString());
			this.json.writeStringProperty("to", export.to().toString());
			this.json.writeArrayPropertyStart("sources");
			for (var source : export.sources()) {
				this.json.writeString(source.key());
			}
			this.json.writeEndArray();
			this.json.writeArrayPropertyStart("prices");
		}
		catch (JacksonException ex) {
			throw new IOException(ex.getMessage(), ex);
		}
	}

	@Override
	public void row(PriceRow row) throws IOException {
		try {
			this.json.writeStartObject();
			this.json.writeStringProperty("time", row.time().toString());
			this.json.writeStringProperty("source", row.source().key());
			this.json.writeNumberProperty("price", PriceWriter.plain(row.price()));
			this.json.writeEndObject();
		}
		catch (JacksonException ex) {
			throw new IOException(ex.getMessage(), ex);
		}
	}

	@Override
	public void end() throws IOException {
		try {
			this.json.writeEndArray();
			this.json.writeEndObject();
			this.json.close();
		}
		catch (JacksonException ex) {
			throw new IOException(ex.getMessage(), ex);
		}
	}

}
