package io.cryptoviz.dashboard.prices;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.cryptoviz.dashboard.base.parameter.InvalidParameterException;
import io.cryptoviz.dashboard.base.source.SourceCatalog;
import io.cryptoviz.dashboard.base.store.MarketData;
import io.cryptoviz.dashboard.base.store.StoreResult;
import io.cryptoviz.dashboard.predictions.UnknownAssetException;
import io.cryptoviz.store.read.Asset;

import org.springframework.stereotype.Service;

/**
 * Starts price exports: checks the asset is tracked, resolves the period against its
 * newest quote and reads the first slice.
 */
@Service
public class PriceExportService {

	// Timestamps carry microseconds; "just after the newest quote" must include it.
	private static final Duration AFTER_NEWEST = Duration.ofMillis(1);

	private final MarketData market;

	private final SourceCatalog catalog;

	PriceExportService(MarketData market, SourceCatalog catalog) {
		this.market = market;
		this.catalog = catalog;
	}

	/**
	 * @param request a checked request
	 * @return the export with its first slice read, or why the store cannot answer
	 * @throws UnknownAssetException if the asset was not quoted in the last day of data
	 * @throws InvalidParameterException if the default period would exceed the interval's
	 * longest, which only an explicit {@code from} can cause
	 */
	public StoreResult<PriceExport> open(PriceRequest request) {
		return this.market.assets().then(assets -> {
			Asset asset = assets.stream()
				.filter(a -> a.assetId().equals(request.assetId()))
				.findFirst()
				.orElseThrow(() -> new UnknownAssetException(request.assetId()));
			PriceExport.Header header = header(request, asset);
			PriceExport export = new PriceExport(header, this.market, List.of());
			return this.market.priceRows(export.slice(header.from()))
				.map(first -> new PriceExport(header, this.market, first));
		});
	}

	private PriceExport.Header header(PriceRequest request, Asset asset) {
		PriceInterval interval = request.interval();
		Instant to = (request.to() != null) ? request.to() : asset.newest().plus(AFTER_NEWEST);
		Instant from = (request.from() != null) ? request.from() : to.minus(interval.defaultSpan());
		if (!to.isAfter(from)) {
			throw new InvalidParameterException(PriceParameters.FROM,
					"a time before to (" + to + ", just after the newest quote when to is not given)",
					String.valueOf(request.from()));
		}
		if (Duration.between(from, to).compareTo(interval.maxSpan()) > 0) {
			throw new InvalidParameterException(PriceParameters.FROM,
					"at most " + interval.maxSpan().toDays() + " days before to with interval=" + interval.param(),
					from.toString());
		}
		return new PriceExport.Header(asset.assetId(), interval, from, to,
				List.copyOf(new java.util.TreeSet<>(this.catalog.resolve(request.source()))));
	}

}
