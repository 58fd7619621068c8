package io.cryptoviz.scraper.replay;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;

import io.cryptoviz.model.Quote;
import io.cryptoviz.model.QuoteCodec;
import io.cryptoviz.model.Source;
import io.cryptoviz.scraper.fixtures.AdvancingSleeper;
import io.cryptoviz.scraper.fixtures.FixtureServer;
import io.cryptoviz.scraper.fixtures.MutableClock;
import io.cryptoviz.scraper.fixtures.ScraperRun;
import io.cryptoviz.testsupport.redis.DedicatedRedis;

/**
 * The whole scraper against the replay fixtures: real HTTP to a local server, a real
 * Redis, and a virtual clock that every retry and rate-limit wait moves instead of
 * sleeping (the wait between cycles stays real, so each source runs one cycle).
 */
final class ReplayRun implements AutoCloseable {

	static final Instant T0 = Instant.parse("2024-01-27T10:00:00Z");

	static final String CMC_KEY = "replay-cmc-key-5f4e3d";

	final MutableClock clock = new MutableClock(T0);

	final FixtureServer server = FixtureServer.start(this.clock);

	private final DedicatedRedis redis;

	private ConfigurableApplicationContext context;

	ReplayRun(DedicatedRedis redis) {
		this.redis = redis;
	}

	static String replay(String file) {
		return "/replay/" + file;
	}

	ReplayRun start(String... extra) {
		List<String> properties = new ArrayList<>(List.of("spring.data.redis.url=" + this.redis.endpoint().uri(),
				"cryptoviz.scraper.sources.coingecko.base-url=" + this.server.url() + "/api/v3",
				"cryptoviz.scraper.sources.coinmarketcap.base-url=" + this.server.url()));
		properties.addAll(List.of(extra));
		ScraperRun.flush(this.redis.endpoint().uri());
		this.context = ScraperRun.start(this.clock, new AdvancingSleeper(this.clock),
				properties.toArray(String[]::new));
		return this;
	}

	List<Quote> quotes(Source source) {
		return ScraperRun.queue(this.context)
			.stream()
			.map(QuoteCodec::decode)
			.filter((quote) -> quote.source() == source)
			.toList();
	}

	List<String> requests(String path) {
		return this.server.requests(path).stream().map(FixtureServer.Recorded::path).toList();
	}

	@Override
	public void close() {
		if (this.context != null) {
			this.context.close();
		}
		this.server.close();
	}

}
