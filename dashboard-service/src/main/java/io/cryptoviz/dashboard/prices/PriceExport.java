package io.cryptoviz.dashboard.prices;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.cryptoviz.dashboard.base.store.MarketData;
import io.cryptoviz.dashboard.base.store.StoreResult;
import io.cryptoviz.model.Source;
import io.cryptoviz.store.read.PriceRow;
import io.cryptoviz.store.read.PriceRowQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An export whose first slice is already read, so a store that cannot answer is known
 * before the response starts. {@link #writeTo} writes that slice, then reads and writes
 * the next until the period ends; only one slice is ever held.
 */
public final class PriceExport {

	private static final Logger log = LoggerFactory.getLogger(PriceExport.class);

	private final Header header;

	private final MarketData market;

	private final List<PriceRow> first;

	PriceExport(Header header, MarketData market, List<PriceRow> first) {
		this.header = header;
		this.market = market;
		this.first = first;
	}

	/**
	 * @return what is exported
	 */
	public Header header() {
		return this.header;
	}

	/**
	 * @param writer the format to write
	 * @return rows written
	 * @throws IOException if the client went away, or the store stopped answering
	 * mid-export (the response is then cut short; the status is already sent)
	 */
	public long writeTo(PriceWriter writer) throws IOException {
		long started = System.nanoTime();
		long rows = 0;
		writer.begin(this.header);
		List<PriceRow> slice = this.first;
		Instant sliceStart = this.header.from();
		while (true) {
			for (PriceRow row : slice) {
				writer.row(row);
			}
			rows += slice.size();
			sliceStart = sliceEnd(sliceStart);
			if (!sliceStart.isBefore(this.header.to())) {
				break;
			}
			StoreResult<List<PriceRow>> next = this.market.priceRows(slice(sliceStart));
			if (!(next instanceof StoreResult.Ready<List<PriceRow>>(List<PriceRow> value))) {
				log.warn("Price export of {} cut short after {} rows: the store stopped answering ({})",
						this.header.assetId(), rows, next);
				throw new IOException("the store stopped answering mid-export");
			}
			slice = value;
		}
		writer.end();
		log.info("Exported {} rows of {} ({}, {} to {}) in {} ms", rows, this.header.assetId(),
				this.header.interval().param(), this.header.from(), this.header.to(),
				(System.nanoTime() - started) / 1_000_000);
		return rows;
	}

	/**
	 * @param start where a slice starts
	 * @return the query for the slice from there
	 */
	PriceRowQuery slice(Instant start) {
		return new PriceRowQuery(this.header.assetId(), Set.copyOf(this.header.sources()), start, sliceEnd(start),
				this.header.interval().bucket());
	}

	// Slices end on multiples of their length since the epoch, so with buckets that
	// divide a day no bucket is split between two slices.
	private Instant sliceEnd(Instant start) {
		long length = this.header.interval().slice().toSeconds();
		Instant aligned = Instant.ofEpochSecond(Math.floorDiv(start.getEpochSecond(), length) * length + length);
		return aligned.isBefore(this.header.to()) ? aligned : this.header.to();
	}

	/**
	 * What an export covers, resolved against the data.
	 *
	 * @param assetId CoinGecko id
	 * @param interval the sampling
	 * @param from start, inclusive
	 * @param to end, exclusive
	 * @param sources the sources read, in name order
	 */
	public record Header(String assetId, PriceInterval interval, Instant from, Instant to, List<Source> sources) {

		public Header {
			sources = List.copyOf(sources);
			if (!from.isBefore(to)) {
				throw new IllegalArgumentException("from " + from + " must be before to " + to);
			}
		}

		/**
		 * @return the period's length
		 */
		public Duration span() {
			return Duration.between(this.from, this.to);
		}

	}

}
