package io.cryptoviz.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CanonicalQuoteReaderTest {

	private static final String[] NAMES = { "Bitcoin", "Tether USDt", "Ünïcödé 币", "a", "Wrapped \"Ether\"",
			"back\\slash", "tab\there", "x".repeat(100) };

	@Test
	void reads_every_encoded_quote_exactly_as_the_general_reader_does() {
		Random random = new Random(42);
		int readCanonically = 0;
		for (int i = 0; i < 20_000; i++) {
			Quote quote = randomQuote(random);
			String json = QuoteCodec.encode(quote);
			Quote canonical = CanonicalQuoteReader.read(json);
			assertThat(QuoteCodec.decode(json)).as(json).isEqualTo(quote).isEqualTo(QuoteCodec.decodeGeneral(json));
			if (canonical != null) {
				assertThat(canonical).as(json).isEqualTo(quote);
				readCanonically++;
			}
			else {
				assertThat(json).as("only escapes make the encoder's own output non-canonical").contains("\\");
			}
		}
		assertThat(readCanonically).as("messages the fast path read").isGreaterThan(10_000);
	}

	@Test
	void mangled_messages_decode_or_fail_exactly_as_the_general_reader_says() {
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
				.isEqualTo(outcome(() -> QuoteCodec.decodeGeneral(message)));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "-0", "0.0", "-0.0", "1", "-1", "123.456", "1.9E12", "1.0E-9", "9007199254740993",
			"12345678901234567890", "1.2345678901234567E19", "4.9E-324", "1.7976931348623157E308", "1e400", "1e-400",
			"0.000123", "100000000000000000000000", "2.2250738585072014E-308", "1E+22", "1E23", "123456789012345678e-5",
			"0.30000000000000004", "7e0", "7e-0", "7E+0010" })
	void parses_numbers_to_the_same_double_as_parse_double(String number) {
		assertThat(CanonicalQuoteReader.parseNumber(number, 0, number.length())).isEqualTo(Double.parseDouble(number));
	}

	@Test
	void parses_random_numbers_to_the_same_double_as_parse_double() {
		Random random = new Random(3);
		for (int i = 0; i < 200_000; i++) {
			String number = switch (i % 3) {
				case 0 -> Double.toString(Double.longBitsToDouble(random.nextLong() & 0x7FEFFFFFFFFFFFFFL));
				case 1 -> Double.toString(random.nextDouble() * Math.pow(10, random.nextInt(40) - 20));
				default -> random.nextLong(1, Long.MAX_VALUE) / (1L << random.nextInt(62)) + "."
						+ random.nextInt(1_000_000) + "e" + (random.nextInt(60) - 30);
			};
			assertThat(CanonicalQuoteReader.parseNumber(number, 0, number.length())).as(number)
				.isEqualTo(Double.parseDouble(number));
		}
	}

	@Test
	void an_integer_minus_zero_is_plain_zero_as_a_general_parser_reads_it() {
		String json = QuoteCodec.encode(Quotes.bitcoin())
			.replace("\"percentChange24h\":-1.25", "\"percentChange24h\":-0");

		assertThat(CanonicalQuoteReader.read(json)).isEqualTo(QuoteCodec.decodeGeneral(json))
			.extracting(Quote::percentChange24h)
			.isEqualTo(0.0);
	}

	@ParameterizedTest
	@ValueSource(strings = { " ", "\n" })
	void declines_whitespace_and_leaves_it_to_the_general_reader(String space) {
		String json = QuoteCodec.encode(Quotes.bitcoin()).replace(",", "," + space);

		assertThat(CanonicalQuoteReader.read(json)).isNull();
		assertThat(QuoteCodec.decode(json)).isEqualTo(Quotes.bitcoin());
	}

	@Test
	void declines_another_field_order_and_extra_fields() {
		String reordered = QuoteCodec.encode(Quotes.bitcoin()).replace("{\"v\":1,", "{").replace("}", ",\"v\":1}");
		String extra = QuoteCodec.encode(Quotes.bitcoin()).replace("}", ",\"exchange\":\"x\"}");

		assertThat(CanonicalQuoteReader.read(reordered)).isNull();
		assertThat(CanonicalQuoteReader.read(extra)).isNull();
		assertThat(List.of(QuoteCodec.decode(reordered), QuoteCodec.decode(extra))).containsOnly(Quotes.bitcoin());
	}

	@Test
	void repeated_names_share_one_string_across_messages() {
		Quote first = QuoteCodec.decode(QuoteCodec.encode(Quotes.tetherFromCoinMarketCapWithNulls()));
		Quote second = QuoteCodec.decode(QuoteCodec.encode(Quotes.tetherFromCoinMarketCapWithNulls()));

		assertThat(second.name()).isEqualTo("Tether USDt").isSameAs(first.name());
		assertThat(second.assetId()).isSameAs(first.assetId());
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
