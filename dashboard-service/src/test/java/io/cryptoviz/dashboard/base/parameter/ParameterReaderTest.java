package io.cryptoviz.dashboard.base.parameter;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ParameterReaderTest {

	static final WholeNumber HOURS = new WholeNumber("horizon", 1, 24, " hours");

	static Optional<String> colour(String value) {
		return List.of("red", "blue").contains(value) ? Optional.of(value) : Optional.empty();
	}

	@Nested
	class Strict {

		final ParameterReader reader = ParameterReader.strict();

		@Test
		void a_bad_number_is_an_error_naming_the_parameter_its_range_and_the_value() {
			assertThatExceptionOfType(InvalidParameterException.class)
				.isThrownBy(() -> this.reader.whole(HOURS, "25", 4))
				.satisfies(ex -> {
					assertThat(ex.parameter()).isEqualTo("horizon");
					assertThat(ex.allowed()).isEqualTo("a whole number from 1 to 24 hours");
					assertThat(ex.received()).isEqualTo("25");
				})
				.withMessage("horizon must be a whole number from 1 to 24 hours, was '25'");
		}

		@Test
		void a_bad_choice_is_an_error_naming_what_is_allowed() {
			assertThatExceptionOfType(InvalidParameterException.class)
				.isThrownBy(
						() -> this.reader.choice("colour", "green", ParameterReaderTest::colour, "red or blue", "red"))
				.withMessage("colour must be red or blue, was 'green'");
		}

		@Test
		void a_missing_asset_id_is_an_error_without_a_received_value() {
			assertThatExceptionOfType(InvalidParameterException.class)
				.isThrownBy(() -> this.reader.assetId("asset", null))
				.satisfies(ex -> assertThat(ex.received()).isNull());
		}

		@Test
		void good_values_are_returned_stripped() {
			assertThat(this.reader.whole(HOURS, " 12 ", 4)).isEqualTo(12);
			assertThat(this.reader.choice("colour", " blue ", ParameterReaderTest::colour, "red or blue", "red"))
				.isEqualTo("blue");
			assertThat(this.reader.assetId("asset", " bitcoin ")).isEqualTo("bitcoin");
		}

	}

	@Nested
	class Lenient {

		final ParameterReader reader = ParameterReader.lenient();

		@Test
		void a_bad_value_falls_back_and_is_named_once_in_reading_order() {
			assertThat(this.reader.whole(HOURS, "4.5", 4)).isEqualTo(4);
			assertThat(this.reader.choice("colour", "green", ParameterReaderTest::colour, "red or blue", "red"))
				.isEqualTo("red");
			this.reader.reject("horizon", "again", "x");
			assertThat(this.reader.assetId("crypto", "BTC!")).isNull();
			assertThat(this.reader.rejected()).containsExactly("horizon", "colour", "crypto");
		}

	}

	@Test
	void a_missing_value_takes_its_default_under_either_policy() {
		for (ParameterReader reader : List.of(ParameterReader.strict(), ParameterReader.lenient())) {
			assertThat(reader.whole(HOURS, null, 4)).isEqualTo(4);
			assertThat(reader.choice("colour", null, ParameterReaderTest::colour, "red or blue", "red"))
				.isEqualTo("red");
			assertThat(reader.rejected()).isEmpty();
		}
		assertThat(ParameterReader.lenient().assetId("crypto", null)).isNull();
	}

	@Test
	void first_takes_the_first_value_of_a_parameter() {
		Map<String, List<String>> parameters = Map.of("horizon", List.of("4", "5"), "empty", List.of());
		assertThat(ParameterReader.first(parameters, "horizon")).isEqualTo("4");
		assertThat(ParameterReader.first(parameters, "empty")).isNull();
		assertThat(ParameterReader.first(parameters, "absent")).isNull();
	}

}
