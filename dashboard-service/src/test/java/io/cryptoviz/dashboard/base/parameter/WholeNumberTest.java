package io.cryptoviz.dashboard.base.parameter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WholeNumberTest {

	static final WholeNumber HOURS = new WholeNumber("horizon", 1, 24, " hours");

	@Test
	void the_range_reads_as_the_error_messages_say_it() {
		assertThat(HOURS.allowed()).isEqualTo("a whole number from 1 to 24 hours");
	}

	@ParameterizedTest
	@ValueSource(strings = { "1", "24", " 7 ", "+5", "007" })
	void whole_numbers_within_the_range_parse(String text) {
		assertThat(HOURS.parse(text)).hasValue(Integer.parseInt(text.strip()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "25", "-1", "4.5", "1e1", "NaN", "0x10", "", " ", "four", "9999999999" })
	void anything_else_does_not(String text) {
		assertThat(HOURS.parse(text)).isEmpty();
	}

	@Test
	void a_missing_value_does_not_parse() {
		assertThat(HOURS.parse(null)).isEmpty();
	}

	@Test
	void at_least_raises_the_minimum_and_keeps_the_rest() {
		WholeNumber raised = HOURS.atLeast(6);
		assertThat(raised).isEqualTo(new WholeNumber("horizon", 6, 24, " hours"));
		assertThat(HOURS.atLeast(0).min()).isEqualTo(1);
		assertThat(HOURS.atLeast(99).min()).isEqualTo(24);
	}

	@Test
	void a_minimum_above_the_maximum_is_rejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> new WholeNumber("x", 5, 4, ""))
			.withMessage("x: min 5 is above max 4");
	}

}
