package io.cryptoviz.scraper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;

import io.cryptoviz.model.Quote;
import io.cryptoviz.model.QuoteCodec;
import io.cryptoviz.model.RedisKeys;
import io.cryptoviz.model.Source;
import io.cryptoviz.scraper.fixtures.AdvancingSleeper;
import io.cryptoviz.scraper.fixtures.MutableClock;
import io.cryptoviz.scraper.fixtures.ScraperRun;
import io.cryptoviz.simulator.MarketSimulatorApplication;
import io.cryptoviz.testsupport.redis.DedicatedRedis;
import io.cryptoviz.testsupport.redis.RealRedis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * market-simulator → scraper → Redis → quotes decoded from the queue, with faults the
 * simulator injects on the first requests (a 429 with Retry-After for CoinMarketCap, bad
 * prices for CoinGecko) and a one-day backfill through the real market_chart shape
 * (CoinGecko only). CoinPaprika runs unfaulted here: a second Retry-After wait at startup
 * would move the shared test clock under CoinMarketCap's; CoinPaprikaSourceTest and the
 * simulator's FaultInjectionTest cover its failures.
 */
@ExtendWith(OutputCaptureExtension.class)
class SimulatorEndToEndIntegrationTest {

	private final DedicatedRedis redis = RealRedis.dedicated();

	private final ConfigurableApplicationContext simulator = MarketSimulatorApplication.start("--server.port=0",
			"--spring.main.banner-mode=off");

	private final String simulatorUrl = "http://127.0.0.1:"
			+ this.simulator.getEnvironment().getProperty("local.server.port");

	private final MutableClock clock = new MutableClock(Instant.now());

	private final AdvancingSleeper sleeper = new AdvancingSleeper(this.clock);

	private ConfigurableApplicationContext scraper;

	@AfterEach
	void stop() {
		if (this.scraper != null) {
			this.scraper.close();
		}
		this.simulator.close();
		this.redis.close();
	}

	private void fault(String json) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(this.simulatorUrl + "/admin/faults"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
	}

	private List<Quote> quotes() {
		return ScraperRun.queue(this.scraper).stream().map(QuoteCodec::decode).toList();
	}

	@Test
	void simulated_quotes_from_every_source_arrive_decoded_despite_faults(CapturedOutput output) throws Exception {
		fault("{\"source\":\"coinmarketcap\",\"fault\":\"RATE_LIMIT_RETRY_AFTER\",\"count\":1,\"retryAfterSeconds\":7}");
		fault("{\"source\":\"coingecko\",\"fault\":\"BAD_PRICES\",\"count\":1,\"path\":\"/api/v3/coins/markets\"}");

		this.scraper = ScraperRun.start(this.clock, this.sleeper,
				"spring.data.redis.url=" + this.redis.endpoint().uri(), "cryptoviz.scraper.mode=simulated",
				"cryptoviz.scraper.sources.coingecko.base-url=" + this.simulatorUrl + "/api/v3",
				"cryptoviz.scraper.sources.coinmarketcap.base-url=" + this.simulatorUrl,
				"cryptoviz.scraper.sources.coinpaprika.enabled=true",
				"cryptoviz.scraper.sources.coinpaprika.base-url=" + this.simulatorUrl + "/v1",
				"COINMARKETCAP_API_KEY=simulator-key", "cryptoviz.scraper.backfill.days=2");

		await().atMost(Duration.ofSeconds(60)).until(() -> output.getOut().contains("backfill done"));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> quotes().stream().anyMatch((q) -> q.source() == Source.COINMARKETCAP)
					&& quotes().stream().anyMatch((q) -> q.source() == Source.COINPAPRIKA));

		List<Quote> quotes = quotes();
		Set<String> tracked = quotes.stream()
			.filter((q) -> q.source() == Source.COINGECKO)
			.map(Quote::assetId)
			.collect(Collectors.toSet());
		assertThat(tracked).hasSize(20).contains("bitcoin", "avalanche-2", "matic-network", "polkadot");
		assertThat(quotes).filteredOn((q) -> q.source() == Source.COINMARKETCAP)
			.extracting(Quote::assetId)
			.doesNotHaveDuplicates()
			.allMatch(tracked::contains)
			.contains("binancecoin", "ripple", "avalanche-2", "polkadot", "matic-network", "near");
		assertThat(quotes).filteredOn((q) -> q.source() == Source.COINMARKETCAP && q.assetId().equals("tether"))
			.singleElement()
			.extracting(Quote::name)
			.isEqualTo("Tether USDt");
		assertThat(quotes).filteredOn((q) -> q.source() == Source.COINPAPRIKA)
			.extracting(Quote::assetId)
			.doesNotHaveDuplicates()
			.allMatch(tracked::contains)
			.contains("binancecoin", "ripple", "avalanche-2", "polkadot", "matic-network", "near");
		assertThat(quotes).filteredOn((q) -> q.source() == Source.COINPAPRIKA && q.assetId().equals("binancecoin"))
			.singleElement()
			.extracting(Quote::name)
			.isEqualTo("Binance Coin");
		assertThat(quotes).filteredOn((q) -> q.assetId().equals("bitcoin") && q.source() == Source.COINGECKO)
			.hasSizeGreaterThan(288);
		assertThat(quotes).filteredOn((q) -> q.source() != Source.COINGECKO)
			.filteredOn((q) -> q.assetId().equals("bitcoin"))
			.hasSize(2);
		assertThat(this.sleeper.sleeps()).contains(Duration.ofSeconds(7));
		assertThat(output.getOut()).containsPattern("coingecko cycle: \\d+ quotes, [1-9]\\d* rejected")
			.containsPattern("coinmarketcap cycle: \\d+ quotes, 0 rejected, \\d+ unmatched")
			.containsPattern("coinpaprika cycle: \\d+ quotes, 0 rejected, \\d+ unmatched")
			.contains("backfill 20/20 assets");
		assertThat(this.scraper.getBean(StringRedisTemplate.class).opsForValue().get(RedisKeys.DATA_MODE))
			.isEqualTo("simulated");
	}

}
