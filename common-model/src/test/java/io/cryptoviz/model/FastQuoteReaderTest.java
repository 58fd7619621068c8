package io.cryptoviz.model;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FastQuoteReaderTest {

	private static final String VALID = """
			{"v":1,"assetId":"bitcoin","symbol":"BTC","name":"Bitcoin","priceUsd":97123.45,
			 "percentChange24h":-1.25,"marketCapUsd":1.9E12,"volume24hUsd":3.1E10,"source":"COINGECKO",
			 "sourceTimestamp":"2026-11-25T10:00:00.123Z","fetchedAt":"2026-11-25T10:00:05Z"}""";

	@ParameterizedTest
	@ValueSource(strings = { VALID, "{\"v\":1,\"priceUsd\":7,\"marketCapUsd\":null,\"extra\":{\"a\":[1,{}]}}",
			"{\"v\":null,\"name\":null}", "{}", "{\"v\":1,\"v\":2,\"priceUsd\":1,\"priceUsd\":3}" })
	void reads_what_the_encoder_writes_exactly_as_databind_does(String json) {
		assertThat(FastQuoteReader.read(QuoteCodec.mapper(), json))
			.isEqualTo(QuoteCodec.mapper().readValue(json, QuoteCodec.QuoteMessage.class));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "not json", "{\"v\":1,", "[1,2,3]", "42", "null", "{\"v\":\"one\"}", "{\"v\":\"1\"}",
			"{\"v\":1.0}", "{\"v\":99999999999}", "{\"priceUsd\":\"7\"}", "{\"name\":5}", "{\"name\":{}}",
			"{\"priceUsd\":NaN}", "{\"v\":1} {\"v\":2}", "{\"v\":1} x" })
	void leaves_every_other_shape_to_databind(String json) {
		assertThat(FastQuoteReader.read(QuoteCodec.mapper(), json)).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-11-25T10:00:05Z", "2026-11-25T10:00:00.123Z", "2026-11-25T10:00:00.123456Z",
			"2026-11-25T10:00:00.123456789Z", "2026-11-25T10:00:00.1Z", "2024-02-29T23:59:59.999Z",
			"2009-01-03T00:00:00Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "1970-01-01T00:00:00Z" })
	void parses_instants_exactly_as_instant_parse_does(String text) {
		assertThat(FastQuoteReader.instant(text)).isEqualTo(Instant.parse(text));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-02-30T10:00:00Z", "2025-02-29T10:00:00Z", "2026-13-01T10:00:00Z",
			"2026-11-25T24:00:00Z", "2026-11-25T10:60:00Z", "2026-11-25T10:00:61Z", "2026-11-25 10:00:00Z",
			"2026-11-25T10:00:00", "2026-11-25T10:00:00.Z", "2026-11-25T10:00:00.1234567890Z", "2026-11-2aT10:00:00Z",
			"25/11/2026 10:00" })
	void leaves_instants_it_does_not_vouch_for_to_instant_parse(String text) {
		assertThat(FastQuoteReader.instant(text)).isNull();
	}

	@Test
	void an_impossible_date_is_still_rejected_by_the_codec() {
		assertThatExceptionOfType(MalformedQuoteException.class)
			.isThrownBy(() -> QuoteCodec.decode(VALID.replace("2026-11-25T10:00:05Z", "2026-02-30T10:00:05Z")))
			.withMessage("fetchedAt is not an ISO-8601 UTC instant: '2026-02-30T10:00:05Z'");
		assertThatExceptionOfType(DateTimeParseException.class).isThrownBy(() -> Instant.parse("2026-02-30T10:00:05Z"));
	}

}
