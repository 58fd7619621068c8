package io.cryptoviz.model;

import java.time.Instant;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.cryptoviz.model.Quotes.FETCHED_AT;
import static io.cryptoviz.model.Quotes.SOURCE_TIME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class QuoteTest {

	@Test
	void symbol_is_upper_cased() {
		assertThat(Quotes.bitcoin().symbol()).isEqualTo("BTC");
	}

	@Test
	void missing_optional_values_stay_null_not_zero() {
		Quote tether = Quotes.tetherFromCoinMarketCapWithNulls();
		assertThat(tether.percentChange24h()).isNull();
		assertThat(tether.marketCapUsd()).isNull();
		assertThat(tether.volume24hUsd()).isNull();
	}

	@Test
	void zero_market_cap_is_accepted_because_coinmarketcap_reports_it_for_unverified_supply() {
		Quote quote = new Quote("x", "X", "X", 1, null, 0.0, 0.0, Source.COINMARKETCAP, SOURCE_TIME, FETCHED_AT);
		assertThat(quote.marketCapUsd()).isZero();
	}

	@Nested
	class Rejects {

		@ParameterizedTest
		@ValueSource(strings = { "", "  " })
		void blank_asset_id(String assetId) {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> new Quote(assetId, "BTC", "Bitcoin", 1, null, null, null, Source.COINGECKO,
						SOURCE_TIME, FETCHED_AT))
				.withMessageStartingWith("assetId must not be blank");
		}

		@Test
		void null_symbol() {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> new Quote("bitcoin", null, "Bitcoin", 1, null, null, null, Source.COINGECKO,
						SOURCE_TIME, FETCHED_AT))
				.withMessage("symbol must not be blank, was null");
		}

		@Test
		void blank_name() {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> new Quote("bitcoin", "BTC", " ", 1, null, null, null, Source.COINGECKO, SOURCE_TIME,
						FETCHED_AT))
				.withMessageStartingWith("name must not be blank");
		}

		@ParameterizedTest
		@ValueSource(doubles = { 0, -1, Double.NaN, Double.POSITIVE_INFINITY })
		void price_that_is_not_a_positive_finite_number(double price) {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> new Quote("bitcoin", "BTC", "Bitcoin", price, null, null, null, Source.COINGECKO,
						SOURCE_TIME, FETCHED_AT))
				.withMessage("priceUsd must be a finite number above 0, was " + price);
		}

		@Test
		void negative_market_cap() {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> new Quote("bitcoin", "BTC", "Bitcoin", 1, null, -5.0, null, Source.COINGECKO,
						SOURCE_TIME, FETCHED_AT))
				.withMessage("marketCapUsd must be a finite number of at least 0, or null, was -5.0");
		}

		@Test
		void negative_volume() {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> new Quote("bitcoin", "BTC", "Bitcoin", 1, null, null, -0.5, Source.COINGECKO,
						SOURCE_TIME, FETCHED_AT))
				.withMessage("volume24hUsd must be a finite number of at least 0, or null, was -0.5");
		}

		@Test
		void infinite_percent_change() {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> new Quote("bitcoin", "BTC", "Bitcoin", 1, Double.NEGATIVE_INFINITY, null, null,
						Source.COINGECKO, SOURCE_TIME, FETCHED_AT))
				.withMessageStartingWith("percentChange24h must be a finite number");
		}

		@Test
		void missing_source() {
			assertThatIllegalArgumentException().isThrownBy(
					() -> new Quote("bitcoin", "BTC", "Bitcoin", 1, null, null, null, null, SOURCE_TIME, FETCHED_AT))
				.withMessage("source is required, was null");
		}

		@Test
		void missing_source_timestamp() {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> new Quote("bitcoin", "BTC", "Bitcoin", 1, null, null, null, Source.COINGECKO, null,
						FETCHED_AT))
				.withMessage("sourceTimestamp is required, was null");
		}

		@Test
		void missing_fetched_at() {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> new Quote("bitcoin", "BTC", "Bitcoin", 1, null, null, null, Source.COINGECKO,
						Instant.EPOCH, null))
				.withMessage("fetchedAt is required, was null");
		}

		@Test
		void asset_id_longer_than_the_limit() {
			String tooLong = "a".repeat(Quote.MAX_TEXT_LENGTH + 1);
			assertThatIllegalArgumentException()
				.isThrownBy(() -> new Quote(tooLong, "BTC", "Bitcoin", 1, null, null, null, Source.COINGECKO,
						SOURCE_TIME, FETCHED_AT))
				.withMessageStartingWith("assetId must be at most 100 characters");
		}

	}

}
