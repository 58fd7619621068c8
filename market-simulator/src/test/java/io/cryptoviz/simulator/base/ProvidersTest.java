package io.cryptoviz.simulator.base;

import java.util.List;

import io.cryptoviz.model.Source;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProvidersTest {

	private static final StubProvider GECKO = new StubProvider(Source.COINGECKO, 0, "/api/v3/");

	private static final StubProvider CMC = new StubProvider(Source.COINMARKETCAP, 1, "/v1/");

	private static final StubProvider PAPRIKA = new StubProvider(Source.COINPAPRIKA, 2, "/v1/tickers");

	/** In neither seed nor path order, as beans may come. */
	private final Providers providers = new Providers(List.of(PAPRIKA, CMC, GECKO));

	@Test
	void the_longest_path_root_wins_whatever_order_the_beans_come_in() {
		assertThat(this.providers.of("/v1/tickers")).isEqualTo(PAPRIKA);
		assertThat(this.providers.of("/v1/tickers/btc-bitcoin")).isEqualTo(PAPRIKA);
		assertThat(new Providers(List.of(CMC, PAPRIKA)).of("/v1/tickers")).isEqualTo(PAPRIKA);
		assertThat(new Providers(List.of(PAPRIKA, CMC)).of("/v1/tickers")).isEqualTo(PAPRIKA);
	}

	@Test
	void a_root_without_a_trailing_slash_covers_itself_and_what_lies_below_it_only() {
		assertThat(this.providers.of("/v1/tickersfoo")).isEqualTo(CMC);
		assertThat(this.providers.of("/v1/cryptocurrency/listings/latest")).isEqualTo(CMC);
		assertThat(this.providers.of("/api/v3/coins/markets")).isEqualTo(GECKO);
	}

	@Test
	void admin_and_actuator_paths_belong_to_no_provider() {
		assertThat(this.providers.of("/admin/faults")).isNull();
		assertThat(this.providers.of("/actuator/health")).isNull();
		assertThat(this.providers.of("/api/v3")).isNull();
	}

	@Test
	void keys_choices_and_sources_follow_the_seed_order() {
		assertThat(this.providers.choices()).isEqualTo("coingecko, coinmarketcap, coinpaprika or all");
		assertThat(this.providers.sources()).containsExactly(Source.COINGECKO, Source.COINMARKETCAP,
				Source.COINPAPRIKA);
		assertThat(this.providers.byKey("CoinPaprika")).isEqualTo(PAPRIKA);
		assertThat(this.providers.byKey("kraken")).isNull();
	}

	@Test
	void the_seed_index_is_the_one_each_bean_declares() {
		assertThat(this.providers.seedIndex(Source.COINGECKO)).isZero();
		assertThat(this.providers.seedIndex(Source.COINMARKETCAP)).isEqualTo(1);
		assertThat(this.providers.seedIndex(Source.COINPAPRIKA)).isEqualTo(2);
		assertThatThrownBy(() -> this.providers.seedIndex(Source.of("KRAKEN"))).hasMessageContaining("KRAKEN")
			.hasMessageContaining("coingecko, coinmarketcap, coinpaprika");
	}

	@Test
	void two_beans_with_one_seed_index_are_rejected() {
		assertThatThrownBy(() -> new Providers(List.of(GECKO, new StubProvider(Source.of("KRAKEN"), 0, "/0/public/"))))
			.hasMessageContaining("seed index 0");
	}

	@Test
	void two_beans_with_one_path_root_are_rejected() {
		assertThatThrownBy(() -> new Providers(List.of(CMC, new StubProvider(Source.of("KRAKEN"), 3, "/v1/"))))
			.hasMessageContaining("path root /v1/");
	}

}
