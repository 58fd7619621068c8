package io.cryptoviz.simulator.market;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.cryptoviz.model.Source;
import io.cryptoviz.simulator.base.Providers;
import io.cryptoviz.simulator.base.SimulatorClock;
import io.cryptoviz.simulator.base.SimulatorProperties;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The simulated market both providers quote from: one shared path per asset, a small
 * provider-specific spread per minute, and providers that refresh a quote once a minute
 * at an asset-specific second (as their caches do).
 */
@Component
public final class Market {

	private static final long MINUTE_MILLIS = 60_000;

	/** Latest second of a minute at which a provider refreshes a quote. */
	private static final long REFRESH_WINDOW_MILLIS = 45_000;

	private final List<Asset> assets;

	private final Map<String, Asset> byCgId;

	private final Map<String, PricePath> paths;

	private final long seed;

	private final double spread;

	private final Clock clock;

	private final Providers providers;

	Market(SimulatorProperties properties, SimulatorClock clock, Providers providers) {
		this.assets = AssetCatalog.ALL.subList(0, properties.assetCount());
		this.byCgId = this.assets.stream()
			.collect(Collectors.toMap(Asset::cgId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		this.paths = this.assets.stream()
			.collect(Collectors.toMap(Asset::cgId, (asset) -> new PricePath(properties.seed(), asset)));
		this.seed = properties.seed();
		this.spread = properties.spread();
		this.clock = clock;
		this.providers = providers;
	}

	/** The served assets in catalog order. */
	public List<Asset> assets() {
		return this.assets;
	}

	public @Nullable Asset find(String cgId) {
		return this.byCgId.get(cgId);
	}

	public Instant now() {
		return this.clock.instant();
	}

	public long seed() {
		return this.seed;
	}

	/**
	 * The provider's price at an instant: the shared path times its spread that minute.
	 */
	public double price(Asset asset, Source source, Instant at) {
		long minute = Math.floorDiv(at.toEpochMilli(), MINUTE_MILLIS);
		double deviation = Mixer.signedUnit(Mixer.mix(this.seed, key(asset, source), minute));
		return this.paths.get(asset.cgId()).priceAt(at) * (1 + spread(asset) * deviation);
	}

	/**
	 * The spread scales down with volatility below 30 %/year, so stablecoins stay within
	 * a few hundredths of a percent of their peg on both providers, as they do in
	 * reality.
	 */
	private double spread(Asset asset) {
		return this.spread * Math.min(1, asset.volatility() / 0.3);
	}

	/** When the provider last refreshed the asset's quote, at or before {@code now}. */
	public Instant lastUpdated(Asset asset, Source source, Instant now) {
		long minute = Math.floorDiv(now.toEpochMilli(), MINUTE_MILLIS);
		long at = refreshAt(asset, source, minute);
		return Instant.ofEpochMilli((at <= now.toEpochMilli()) ? at : refreshAt(asset, source, minute - 1));
	}

	/**
	 * 24h volume in USD at an instant: market cap times turnover, varying hour by hour.
	 */
	public double volume24h(Asset asset, Instant at) {
		long hour = Math.floorDiv(at.toEpochMilli(), 60 * MINUTE_MILLIS);
		double noise = new SplittableRandom(Mixer.mix(this.seed, asset.cgId().hashCode(), hour)).nextGaussian();
		double pathPrice = this.paths.get(asset.cgId()).priceAt(at);
		return pathPrice * asset.circulatingSupply() * asset.turnover() * Math.exp(0.25 * noise);
	}

	/** Everything a provider needs to describe the asset's current quote. */
	public Snapshot snapshot(Asset asset, Source source, Instant now) {
		Instant updated = lastUpdated(asset, source, now);
		double price = price(asset, source, updated);
		double high = price;
		double low = price;
		Instant step = PricePath.floorToStep(updated);
		for (int i = 0; i < PricePath.STEPS_PER_DAY; i++) {
			double p = price(asset, source, step.minus(PricePath.STEP.multipliedBy(i)));
			high = Math.max(high, p);
			low = Math.min(low, p);
		}
		return new Snapshot(asset, updated, price, (ago) -> price(asset, source, updated.minus(ago)), high, low,
				volume24h(asset, updated), volume24h(asset, updated.minus(Duration.ofDays(1))));
	}

	private long refreshAt(Asset asset, Source source, long minute) {
		double offset = Mixer.unit(Mixer.mix(this.seed, key(asset, source) * 7919, minute));
		return minute * MINUTE_MILLIS + (long) (offset * REFRESH_WINDOW_MILLIS);
	}

	private long key(Asset asset, Source source) {
		return asset.cgId().hashCode() * 31L + this.providers.seedIndex(source);
	}

}
