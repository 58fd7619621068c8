package io.cryptoviz.dashboard.predictions.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.cryptoviz.dashboard.base.source.ShippedSources;
import io.cryptoviz.store.read.Asset;
import io.cryptoviz.dashboard.base.store.StoreResult;
import io.cryptoviz.model.Source;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PredictionsPresenterTest {

	static final Instant NEWEST = Instant.parse("2026-03-01T12:00:00Z");

	static final Asset BITCOIN = asset("bitcoin");

	static final Asset SOLANA = asset("solana");

	final PredictionsPresenter presenter = new PredictionsPresenter(ShippedSources.catalog());

	static Asset asset(String id) {
		return new Asset(id, id.toUpperCase(java.util.Locale.ROOT), id, 1e9, Set.of(Source.COINGECKO), NEWEST);
	}

	static Map<String, List<String>> url(String... pairs) {
		Map<String, List<String>> parameters = new java.util.LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			parameters.put(pairs[i], List.of(pairs[i + 1]));
		}
		return parameters;
	}

	@Nested
	class Notice_on_entering {

		@Test
		void a_store_that_is_waiting_busy_or_unreadable_shows_its_own_state() {
			List<StoreResult<List<Asset>>> states = List.of(new StoreResult.Waiting<>("no file"),
					new StoreResult.Busy<>(3, Duration.ofSeconds(3)), new StoreResult.Failed<>("damaged"));
			for (StoreResult<List<Asset>> state : states) {
				assertThat(PredictionsPresenterTest.this.presenter.enter(url("crypto", "bitcoin"), state).state())
					.as("%s", state)
					.isEqualTo(PredictionsPresenter.State.STORE_NOT_READY);
			}
		}

		@Test
		void a_store_without_any_tracked_asset_shows_the_waiting_notice() {
			var entry = PredictionsPresenterTest.this.presenter.enter(url(), new StoreResult.Ready<>(List.of()));
			assertThat(entry.state()).isEqualTo(PredictionsPresenter.State.NO_ASSETS);
			assertThat(PredictionsPresenterTest.this.presenter.available()).isZero();
		}

		@Test
		void tracked_assets_show_the_analysis_of_the_crypto_in_the_url() {
			var entry = PredictionsPresenterTest.this.presenter.enter(url("crypto", "solana"),
					new StoreResult.Ready<>(List.of(BITCOIN, SOLANA)));
			assertThat(entry)
				.isEqualTo(new PredictionsPresenter.Entry(PredictionsPresenter.State.READY, List.of(), null));
			assertThat(PredictionsPresenterTest.this.presenter.query().crypto()).isEqualTo("solana");
			assertThat(PredictionsPresenterTest.this.presenter.available()).isEqualTo(2);
		}

		@Test
		void an_untracked_crypto_is_named_and_replaced_by_the_largest_asset() {
			var entry = PredictionsPresenterTest.this.presenter.enter(url("crypto", "dogecoin"),
					new StoreResult.Ready<>(List.of(BITCOIN, SOLANA)));
			assertThat(entry.state()).isEqualTo(PredictionsPresenter.State.READY);
			assertThat(entry.unknownCrypto()).isEqualTo("dogecoin");
			assertThat(PredictionsPresenterTest.this.presenter.query().crypto()).isEqualTo("bitcoin");
		}

		@Test
		void no_crypto_in_the_url_is_the_largest_asset_without_a_message() {
			var entry = PredictionsPresenterTest.this.presenter.enter(url(),
					new StoreResult.Ready<>(List.of(SOLANA, BITCOIN)));
			assertThat(entry.unknownCrypto()).isNull();
			assertThat(PredictionsPresenterTest.this.presenter.query().crypto()).isEqualTo("solana");
		}

		@Test
		void invalid_parameters_are_named_whatever_the_store_answers() {
			var waiting = PredictionsPresenterTest.this.presenter.enter(url("history", "999", "mode", "auto"),
					new StoreResult.Waiting<>("no file"));
			assertThat(waiting.rejected()).containsExactly("history", "mode");
		}

	}

	@Nested
	class Changes {

		@Test
		void an_unchanged_query_is_not_a_change() {
			PredictionsPresenterTest.this.presenter.enter(url(), new StoreResult.Ready<>(List.of(BITCOIN)));
			PageQuery shown = PredictionsPresenterTest.this.presenter.query();
			assertThat(PredictionsPresenterTest.this.presenter.change(shown)).isFalse();
			assertThat(PredictionsPresenterTest.this.presenter.change(shown.withCrypto("solana"))).isTrue();
			assertThat(PredictionsPresenterTest.this.presenter.query().crypto()).isEqualTo("solana");
		}

		@Test
		void new_quotes_rerun_only_in_continuous_mode_when_idle_and_newer() {
			PredictionsPresenter presenter = PredictionsPresenterTest.this.presenter;
			presenter.enter(url("crypto", "bitcoin"), new StoreResult.Ready<>(List.of(BITCOIN)));
			Asset newer = new Asset("bitcoin", "BTC", "bitcoin", 1e9, Set.of(Source.COINGECKO),
					NEWEST.plus(Duration.ofMinutes(5)));
			Asset shown = BITCOIN;
			assertThat(presenter.rerunForNewData(shown, false, id -> Optional.of(newer))).isTrue();
			assertThat(presenter.rerunForNewData(shown, false, id -> Optional.of(BITCOIN))).isFalse();
			assertThat(presenter.rerunForNewData(shown, true, id -> Optional.of(newer))).isFalse();
			assertThat(presenter.rerunForNewData(null, false, id -> Optional.of(newer))).isFalse();
			presenter.change(presenter.query().withMode(PageQuery.Mode.MANUAL));
			assertThat(presenter.rerunForNewData(shown, false, id -> Optional.of(newer))).isFalse();
		}

	}

	@Test
	void a_failed_analysis_gets_the_generic_message() {
		assertThat(PredictionsPresenter.problemKey(new IllegalStateException("boom"))).isEqualTo("predictions.failed");
	}

}
