package io.cryptoviz.model;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class QuoteCodecTest {

	private static final String VALID = """
			{"v":1,"assetId":"bitcoin","symbol":"BTC","name":"Bitcoin","priceUsd":97123.45,
			 "percentChange24h":-1.25,"marketCapUsd":1.9E12,"volume24hUsd":3.1E10,"source":"COINGECKO",
			 "sourceTimestamp":"2026-11-25T10:00:00.123Z","fetchedAt":"2026-11-25T10:00:05Z"}""";

	@Test
	void round_trip_gives_an_equal_quote() {
		Quote quote = Quotes.bitcoin();
		assertThat(QuoteCodec.decode(QuoteCodec.encode(quote))).isEqualTo(quote);
	}

	@Test
	void nulls_survive_the_round_trip_as_nulls() {
		Quote quote = Quotes.tetherFromCoinMarketCapWithNulls();
		Quote decoded = QuoteCodec.decode(QuoteCodec.encode(quote));
		assertThat(decoded).isEqualTo(quote);
		assertThat(decoded.marketCapUsd()).isNull();
	}

	@Test
	void encoded_message_carries_the_version_and_utc_timestamps() {
		String json = QuoteCodec.encode(Quotes.bitcoin());
		assertThat(json).startsWith("{\"v\":1,")
			.contains("\"sourceTimestamp\":\"2026-11-25T10:00:00.123Z\"")
			.contains("\"source\":\"COINGECKO\"");
	}

	@Test
	void documented_message_decodes_to_the_expected_quote() {
		assertThat(QuoteCodec.decode(VALID)).isEqualTo(Quotes.bitcoin());
	}

	@Test
	void unknown_extra_fields_are_ignored() {
		String withExtras = VALID.replace("{\"v\":1,", "{\"v\":1,\"exchange\":\"binance\",\"rank\":{\"cmc\":1},");
		assertThat(QuoteCodec.decode(withExtras)).isEqualTo(Quotes.bitcoin());
	}

	@org.junit.jupiter.params.ParameterizedTest
	@ValueSource(strings = { "COINPAPRIKA", "COINCAP", "KRAKEN_2" })
	void a_source_this_build_does_not_ship_decodes_under_its_own_name(String name) {
		Quote quote = QuoteCodec.decode(VALID.replace("COINGECKO", name));

		assertThat(quote.source().name()).isEqualTo(name);
		assertThat(QuoteCodec.decode(QuoteCodec.encode(quote))).isEqualTo(quote);
	}

	@Nested
	class Rejects {

		@Test
		void a_newer_wire_version() {
			assertThatExceptionOfType(MalformedQuoteException.class)
				.isThrownBy(() -> QuoteCodec.decode(VALID.replace("\"v\":1", "\"v\":2")))
				.withMessage("unsupported wire version 2 (this build reads 1)");
		}

		@Test
		void a_message_without_version() {
			assertThatExceptionOfType(MalformedQuoteException.class)
				.isThrownBy(() -> QuoteCodec.decode(VALID.replace("\"v\":1,", "")))
				.withMessage("missing field 'v' (wire version)");
		}

		@Test
		void a_message_without_price() {
			assertThatExceptionOfType(MalformedQuoteException.class)
				.isThrownBy(() -> QuoteCodec.decode(VALID.replace("\"priceUsd\":97123.45,", "")))
				.withMessage("missing field 'priceUsd'");
		}

		@Test
		void a_negative_price_naming_field_and_value() {
			assertThatExceptionOfType(MalformedQuoteException.class)
				.isThrownBy(() -> QuoteCodec.decode(VALID.replace("97123.45", "-3")))
				.withMessage("priceUsd must be a finite number above 0, was -3.0");
		}

		@Test
		void a_malformed_source() {
			assertThatExceptionOfType(MalformedQuoteException.class)
				.isThrownBy(() -> QuoteCodec.decode(VALID.replace("COINGECKO", "coin gecko")))
				.withMessage("malformed source 'coin gecko' "
						+ "(expected an upper-case name such as COINGECKO, COINMARKETCAP or COINPAPRIKA)");
		}

		@Test
		void a_timestamp_that_is_not_iso_8601() {
			assertThatExceptionOfType(MalformedQuoteException.class)
				.isThrownBy(() -> QuoteCodec.decode(VALID.replace("2026-11-25T10:00:05Z", "25/11/2026 10:00")))
				.withMessage("fetchedAt is not an ISO-8601 UTC instant: '25/11/2026 10:00'");
		}

		@ParameterizedTest
		@ValueSource(strings = { "", "not json", "{\"v\":1,", "[1,2,3]", "42", "{\"v\":\"one\"}", "<html>503</html>" })
		void text_that_is_not_a_quote_object(String payload) {
			assertThatExceptionOfType(MalformedQuoteException.class).isThrownBy(() -> QuoteCodec.decode(payload))
				.withMessageStartingWith("not a JSON quote object");
		}

		@Test
		void nan_price_written_as_a_non_standard_token() {
			assertThatExceptionOfType(MalformedQuoteException.class)
				.isThrownBy(() -> QuoteCodec.decode(VALID.replace("97123.45", "NaN")))
				.withMessageStartingWith("not a JSON quote object");
		}

	}

	@Test
	void dead_letter_round_trips_with_its_reason() {
		DeadLetter letter = new DeadLetter("missing field 'v' (wire version)", "{}", Quotes.FETCHED_AT);
		assertThat(DeadLetter.fromJson(letter.toJson())).isEqualTo(letter);
	}

}
