package io.cryptoviz.simulator.market;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.cryptoviz.model.Source;
import io.cryptoviz.simulator.base.Providers;
import io.cryptoviz.simulator.base.SimulatorClock;
import io.cryptoviz.simulator.base.SimulatorProperties;
import io.cryptoviz.simulator.base.StubProvider;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarketTest {

	private static final Instant NOW = Instant.parse("2026-03-01T12:00:07.250Z");

	private static final double SPREAD = 0.002;

	private final SimulatorClock clock = new SimulatorClock(java.time.Clock.systemUTC(), NOW);

	private final Market market = new Market(new SimulatorProperties(42, 21, SPREAD, "k", NOW, 10, Map.of()),
			this.clock, new Providers(List.of(new StubProvider(Source.COINGECKO, 0, "/api/v3/"),
					new StubProvider(Source.COINMARKETCAP, 1, "/v1/"))));

	@Test
	void both_providers_quote_the_same_path_apart_from_the_spread() {
		double largestGap = 0;
		for (Asset asset : this.market.assets()) {
			for (int minute = 0; minute < 200; minute++) {
				Instant at = NOW.plus(Duration.ofMinutes(minute));
				double ratio = this.market.price(asset, Source.COINGECKO, at)
						/ this.market.price(asset, Source.COINMARKETCAP, at);
				largestGap = Math.max(largestGap, Math.abs(ratio - 1));
			}
		}
		assertThat(largestGap).isPositive().isLessThanOrEqualTo(2 * SPREAD / (1 - SPREAD));
	}

	@Test
	void stablecoins_stay_close_to_their_peg() {
		Asset tether = this.market.find("tether");
		assertThat(tether).isNotNull();
		for (int day = 0; day < 365; day += 7) {
			assertThat(this.market.price(tether, Source.COINMARKETCAP, NOW.plus(Duration.ofDays(day)))).isBetween(0.98,
					1.02);
		}
	}

	@Test
	void last_updated_is_never_in_the_future_and_at_most_two_minutes_old() {
		for (Asset asset : this.market.assets()) {
			for (int second = 0; second < 120; second += 7) {
				Instant now = NOW.plusSeconds(second);
				Instant updated = this.market.lastUpdated(asset, Source.COINGECKO, now);
				assertThat(updated).isBeforeOrEqualTo(now).isAfter(now.minus(Duration.ofMinutes(2)));
			}
		}
	}

	@Test
	void market_cap_is_price_times_circulating_supply() {
		Asset bitcoin = this.market.assets().getFirst();
		Snapshot quote = this.market.snapshot(bitcoin, Source.COINMARKETCAP, NOW);
		assertThat(quote.marketCap()).isEqualTo(quote.price() * bitcoin.circulatingSupply());
		assertThat(quote.low24h()).isLessThanOrEqualTo(quote.price());
		assertThat(quote.high24h()).isGreaterThanOrEqualTo(quote.price());
	}

	@Test
	void volume_is_a_plausible_share_of_market_cap() {
		for (Asset asset : this.market.assets()) {
			Snapshot quote = this.market.snapshot(asset, Source.COINGECKO, NOW);
			assertThat(quote.volume24h() / quote.marketCap()).as(asset.cgId())
				.isBetween(asset.turnover() / 4, asset.turnover() * 4);
		}
	}

}
