package io.cryptoviz.scraper.backfill;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.core.StringRedisTemplate;

import io.cryptoviz.model.Quote;
import io.cryptoviz.model.RedisKeys;
import io.cryptoviz.scraper.base.FailureKind;
import io.cryptoviz.scraper.base.FetchException;
import io.cryptoviz.scraper.base.Names;
import io.cryptoviz.scraper.base.Sleeper;
import io.cryptoviz.scraper.tracked.TrackedAssets;
import io.cryptoviz.scraper.coingecko.CoinGeckoChart;
import io.cryptoviz.scraper.coingecko.CoinGeckoClient;
import io.cryptoviz.scraper.publish.QuotePublisher;

/**
 * On first start, fetches CoinGecko history for each tracked asset (the 5-minute day plus
 * hourly days) and publishes it as ordinary quotes, so charts and models have data
 * minutes after a fresh install. Runs on its own thread once the tracked list is known;
 * the CoinGecko rate limiter paces it together with the regular cycle. An asset's history
 * is pushed to Redis directly, not through the outbox, and only then is the asset
 * recorded in {@link RedisKeys#BACKFILL_DONE}, so a restart repeats exactly the assets
 * whose history may not have arrived.
 */
final class Backfill implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(Backfill.class);

	static final Duration REDIS_RETRY = Duration.ofSeconds(30);

	private final int days;

	private final boolean coinGeckoEnabled;

	private final CoinGeckoClient client;

	private final TrackedAssets tracked;

	private final QuotePublisher publisher;

	private final StringRedisTemplate redis;

	private final Clock clock;

	private final Sleeper sleeper;

	private volatile Thread thread;

	Backfill(int days, boolean coinGeckoEnabled, CoinGeckoClient client, TrackedAssets tracked,
			QuotePublisher publisher, StringRedisTemplate redis, Clock clock, Sleeper sleeper) {
		this.days = days;
		this.coinGeckoEnabled = coinGeckoEnabled;
		this.client = client;
		this.tracked = tracked;
		this.publisher = publisher;
		this.redis = redis;
		this.clock = clock;
		this.sleeper = sleeper;
	}

	@Override
	public void start() {
		if (this.days == 0 || !this.coinGeckoEnabled) {
			log.info("backfill: off ({})", (this.days == 0) ? "cryptoviz.scraper.backfill.days=0"
					: "cryptoviz.scraper.sources.coingecko.enabled=false");
			return;
		}
		this.thread = Thread.ofPlatform().name("backfill").daemon().start(this::runSafely);
	}

	@Override
	public void stop() {
		Thread running = this.thread;
		if (running != null) {
			running.interrupt();
			this.thread = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.thread != null;
	}

	private void runSafely() {
		try {
			run();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException ex) {
			log.warn("backfill stopped: {}", ex.toString());
		}
	}

	void run() throws InterruptedException {
		List<TrackedAssets.Asset> assets = this.tracked.awaitFirst();
		Set<String> done = doneIds();
		List<TrackedAssets.Asset> todo = assets.stream().filter((a) -> !done.contains(a.id())).toList();
		if (todo.isEmpty()) {
			log.info("backfill: already done for all {} tracked assets", assets.size());
			return;
		}
		Instant start = this.clock.instant();
		log.info("backfill: {} days of CoinGecko history for {} assets ({} already done)", this.days, todo.size(),
				assets.size() - todo.size());
		long points = 0;
		int finished = 0;
		int failed = 0;
		// An error that hits one coin usually hits all (a time range the plan does not
		// allow, a refused key): one line per kind, not one per coin.
		Map<FailureKind, List<String>> skipped = new EnumMap<>(FailureKind.class);
		for (TrackedAssets.Asset asset : todo) {
			try {
				CoinGeckoChart fiveMinute = this.client.marketChart(asset.id(), 1);
				CoinGeckoChart hourly = (this.days > 1) ? this.client.marketChart(asset.id(), this.days) : null;
				ChartQuotes.Result result = ChartQuotes.merge(asset, fiveMinute, hourly, this.clock.instant());
				pushUntilTaken(asset.id(), result.quotes());
				markDone(asset.id());
				points += result.quotes().size();
				finished++;
				log.info("backfill {}/{} assets, {} points ({}: {}, {} rejected)", finished, todo.size(),
						String.format(Locale.ROOT, "%,d", points), asset.id(), result.quotes().size(),
						result.rejected());
			}
			catch (FetchException ex) {
				failed++;
				List<String> ids = skipped.computeIfAbsent(ex.kind(), (kind) -> new ArrayList<>());
				ids.add(asset.id());
				if (ids.size() == 1) {
					log.warn("backfill {} skipped, will retry on next start: {} [{}]; other assets failing the same "
							+ "way are listed at the end", asset.id(), ex.getMessage(), ex.kind().tag());
				}
			}
		}
		skipped.forEach((kind, ids) -> log.warn("backfill skipped {} asset(s) with [{}], will retry on next start: {}",
				ids.size(), kind.tag(), Names.capped(ids, Names.FEW)));
		log.info("backfill done: {} assets, {} points, {} skipped, {} s", finished,
				String.format(Locale.ROOT, "%,d", points), failed,
				Duration.between(start, this.clock.instant()).toSeconds());
	}

	private Set<String> doneIds() throws InterruptedException {
		while (true) {
			try {
				Set<String> members = this.redis.opsForSet().members(RedisKeys.BACKFILL_DONE);
				return (members != null) ? members : Set.of();
			}
			catch (RuntimeException ex) {
				log.warn("backfill waits for Redis to learn what is already done: {}", ex.getMessage());
				this.sleeper.sleep(REDIS_RETRY);
			}
		}
	}

	private void pushUntilTaken(String id, List<Quote> quotes) throws InterruptedException {
		boolean warned = false;
		while (true) {
			try {
				this.publisher.publishNow(quotes);
				if (warned) {
					log.info("backfill {}: Redis took its history", id);
				}
				return;
			}
			catch (RuntimeException ex) {
				if (!warned) {
					log.warn("backfill waits for Redis to take {}'s history ({} points): {}", id, quotes.size(),
							ex.getMessage());
					warned = true;
				}
				this.sleeper.sleep(REDIS_RETRY);
			}
		}
	}

	private void markDone(String id) {
		try {
			this.redis.opsForSet().add(RedisKeys.BACKFILL_DONE, id);
		}
		catch (RuntimeException ex) {
			log.warn("backfill {}: could not record it as done ({}); it will be fetched again on next start", id,
					ex.getMessage());
		}
	}

}
