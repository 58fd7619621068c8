package io.cryptoviz.model;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class StreamingQuoteReaderTest {

	private static final String VALID = """
			{"v":1,"assetId":"bitcoin","symbol":"BTC","name":"Bitcoin","priceUsd":97123.45,
			 "percentChange24h":-1.25,"marketCapUsd":1.9E12,"volume24hUsd":3.1E10,"source":"COINGECKO",
			 "sourceTimestamp":"2026-11-25T10:00:00.123Z","fetchedAt":"2026-11-25T10:00:05Z"}""";

	private static final String[] NAMES = { "Bitcoin", "Tether USDt", "Ünïcödé 币", "a", "Wrapped \"Ether\"",
			"back\\slash", "tab\there", "x".repeat(100) };

	@ParameterizedTest
	@ValueSource(strings = { VALID, "{\"v\":1,\"priceUsd\":7,\"marketCapUsd\":null,\"extra\":{\"a\":[1,{}]}}",
			"{\"v\":null,\"name\":null}", "{}", "{\"v\":1,\"v\":2,\"priceUsd\":1,\"priceUsd\":3}" })
	void reads_what_the_encoder_writes_exactly_as_databind_does(String json) {
		assertThat(StreamingQuoteReader.read(QuoteCodec.mapper(), json))
			.isEqualTo(QuoteCodec.mapper().readValue(json, QuoteCodec.QuoteMessage.class));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "not json", "{\"v\":1,", "[1,2,3]", "42", "null", "{\"v\":\"one\"}", "{\"v\":\"1\"}",
			"{\"v\":1.0}", "{\"v\":99999999999}", "{\"priceUsd\":\"7\"}", "{\"name\":5}", "{\"name\":{}}",
			"{\"priceUsd\":NaN}", "{\"v\":1} {\"v\":2}", "{\"v\":1} x" })
	void leaves_every_other_shape_to_databind(String json) {
		assertThat(StreamingQuoteReader.read(QuoteCodec.mapper(), json)).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-11-25T10:00:05Z", "2026-11-25T10:00:00.123Z", "2026-11-25T10:00:00.123456Z",
			"2026-11-25T10:00:00.123456789Z", "2026-11-25T10:00:00.1Z", "2024-02-29T23:59:59.999Z",
			"2009-01-03T00:00:00Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "1970-01-01T00:00:00Z" })
	void parses_instants_exactly_as_instant_parse_does(String text) {
		assertThat(StreamingQuoteReader.instant(text)).isEqualTo(Instant.parse(text));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-02-30T10:00:00Z", "2025-02-29T10:00:00Z", "2026-13-01T10:00:00Z",
			"2026-11-25T24:00:00Z", "2026-11-25T10:60:00Z", "2026-11-25T10:00:61Z", "2026-11-25 10:00:00Z",
			"2026-11-25T10:00:00", "2026-11-25T10:00:00.Z", "2026-11-25T10:00:00.1234567890Z", "2026-11-2aT10:00:00Z",
			"25/11/2026 10:00" })
	void leaves_instants_it_does_not_vouch_for_to_instant_parse(String text) {
		assertThat(StreamingQuoteReader.instant(text)).isNull();
	}

	@Test
	void an_impossible_date_is_still_rejected_by_the_codec() {
		assertThatExceptionOfType(MalformedQuoteException.class)
			.isThrownBy(() -> QuoteCodec.decode(VALID.replace("2026-11-25T10:00:05Z", "2026-02-30T10:00:05Z")))
			.withMessage("fetchedAt is not an ISO-8601 UTC instant: '2026-02-30T10:00:05Z'");
		assertThatExceptionOfType(DateTimeParseException.class).isThrownBy(() -> Instant.parse("2026-02-30T10:00:05Z"));
	}

	@Test
	void reads_every_encoded_quote_exactly_as_databind_does() {
		Random random = new Random(42);
		for (int i = 0; i < 20_000; i++) {
			Quote quote = randomQuote(random);
			String json = QuoteCodec.encode(quote);
			assertThat(QuoteCodec.decode(json)).as(json).isEqualTo(quote).isEqualTo(databind(json));
			assertThat(StreamingQuoteReader.read(QuoteCodec.mapper(), json))
				.as("the encoder's own output is never left to databind: %s", json)
				.isNotNull();
		}
	}

	@Test
	void mangled_messages_decode_or_fail_exactly_as_databind_says() {
		Random random = new Random(7);
		String alphabet = "0123456789-+.eE\"\\{},:nulx Z";
		for (int i = 0; i < 30_000; i++) {
			StringBuilder json = new StringBuilder(QuoteCodec.encode(randomQuote(random)));
			for (int edits = 1 + random.nextInt(2); edits > 0; edits--) {
				int at = random.nextInt(json.length());
				switch (random.nextInt(3)) {
					case 0 -> json.deleteCharAt(at);
					case 1 -> json.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
					default -> json.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
				}
			}
			String message = json.toString();
			assertThat(outcome(() -> QuoteCodec.decode(message))).as(message)
				.isEqualTo(outcome(() -> databind(message)));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "-0", "0.0", "-0.0", "1", "-1", "123.456", "1.9E12", "1.0E-9", "9007199254740993",
			"12345678901234567890", "1.2345678901234567E19", "4.9E-324", "1.7976931348623157E308", "1e400", "1e-400",
			"0.000123", "100000000000000000000000", "2.2250738585072014E-308", "1E+22", "1E23", "123456789012345678e-5",
			"0.30000000000000004", "7e0", "7e-0", "7E+0010" })
	void reads_numbers_to_the_same_double_as_parse_double(String number) {
		assertThat(priceRead(number)).isEqualTo(Double.parseDouble(number));
	}

	@Test
	void reads_random_numbers_to_the_same_double_as_parse_double() {
		Random random = new Random(3);
		for (int i = 0; i < 200_000; i++) {
			String number = switch (i % 3) {
				case 0 -> Double.toString(Double.longBitsToDouble(random.nextLong() & 0x7FEFFFFFFFFFFFFFL));
				case 1 -> Double.toString(random.nextDouble() * Math.pow(10, random.nextInt(40) - 20));
				default -> random.nextLong(1, Long.MAX_VALUE) / (1L << random.nextInt(62)) + "."
						+ random.nextInt(1_000_000) + "e" + (random.nextInt(60) - 30);
			};
			assertThat(priceRead(number)).as(number).isEqualTo(Double.parseDouble(number));
		}
	}

	@Test
	void an_integer_minus_zero_is_plain_zero_as_databind_reads_it() {
		String json = QuoteCodec.encode(Quotes.bitcoin())
			.replace("\"percentChange24h\":-1.25", "\"percentChange24h\":-0");

		assertThat(QuoteCodec.decode(json)).isEqualTo(databind(json))
			.extracting(Quote::percentChange24h)
			.isEqualTo(0.0);
	}

	@ParameterizedTest
	@ValueSource(strings = { " ", "\n" })
	void reads_whitespace_itself(String space) {
		String json = QuoteCodec.encode(Quotes.bitcoin()).replace(",", "," + space);

		assertThat(StreamingQuoteReader.read(QuoteCodec.mapper(), json)).isNotNull();
		assertThat(QuoteCodec.decode(json)).isEqualTo(Quotes.bitcoin());
	}

	@Test
	void reads_another_field_order_and_extra_fields_itself() {
		String reordered = QuoteCodec.encode(Quotes.bitcoin()).replace("{\"v\":1,", "{").replace("}", ",\"v\":1}");
		String extra = QuoteCodec.encode(Quotes.bitcoin()).replace("}", ",\"exchange\":\"x\"}");

		assertThat(StreamingQuoteReader.read(QuoteCodec.mapper(), reordered)).isNotNull();
		assertThat(StreamingQuoteReader.read(QuoteCodec.mapper(), extra)).isNotNull();
		assertThat(List.of(QuoteCodec.decode(reordered), QuoteCodec.decode(extra))).containsOnly(Quotes.bitcoin());
	}

	@Test
	void repeated_names_share_one_string_across_messages() {
		Quote first = QuoteCodec.decode(QuoteCodec.encode(Quotes.tetherFromCoinMarketCapWithNulls()));
		Quote second = QuoteCodec.decode(QuoteCodec.encode(Quotes.tetherFromCoinMarketCapWithNulls()));

		assertThat(second.name()).isEqualTo("Tether USDt").isSameAs(first.name());
		assertThat(second.assetId()).isSameAs(first.assetId());
	}

	/** The reference reading: databind alone, then the same checks. */
	private static Quote databind(String json) {
		return QuoteCodec.quote(QuoteCodec.readWithDatabind(json));
	}

	private static Double priceRead(String number) {
		return StreamingQuoteReader.read(QuoteCodec.mapper(), "{\"priceUsd\":" + number + "}").priceUsd();
	}

	private static Object outcome(ThrowingDecode decode) {
		try {
			return decode.run();
		}
		catch (MalformedQuoteException ex) {
			return "error: " + ex.getMessage();
		}
	}

	private static Quote randomQuote(Random random) {
		Instant timestamp = Instant.ofEpochSecond(1_231_000_000L + random.nextLong(10_000_000_000L),
				switch (random.nextInt(4)) {
					case 0 -> 0;
					case 1 -> random.nextInt(1000) * 1_000_000;
					case 2 -> random.nextInt(1_000_000) * 1_000;
					default -> random.nextInt(1_000_000_000);
				});
		String name = NAMES[random.nextInt(NAMES.length)];
		return new Quote("asset-" + random.nextInt(50), "S" + random.nextInt(50), name, positive(random),
				random.nextBoolean() ? null : (random.nextDouble() - 0.5) * 200,
				random.nextBoolean() ? null : positive(random), random.nextBoolean() ? null : positive(random),
				random.nextBoolean() ? Source.COINGECKO : Source.COINMARKETCAP, timestamp,
				timestamp.plusMillis(random.nextInt(10_000)));
	}

	private static double positive(Random random) {
		return switch (random.nextInt(3)) {
			case 0 -> Math.round(random.nextDouble() * 1e6) / 100.0;
			case 1 -> random.nextDouble() * Math.pow(10, random.nextInt(30) - 12);
			default -> Double.longBitsToDouble(random.nextLong(1, 0x7FEFFFFFFFFFFFFFL));
		};
	}

	@FunctionalInterface
	private interface ThrowingDecode {

		Quote run();

	}

}
