package io.cryptoviz.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SourceTest {

	@Test
	void shipped_names_give_the_shared_constants() {
		assertThat(Source.of("COINGECKO")).isSameAs(Source.COINGECKO);
		assertThat(Source.of("COINMARKETCAP")).isSameAs(Source.COINMARKETCAP);
		assertThat(Source.of("COINPAPRIKA")).isSameAs(Source.COINPAPRIKA);
	}

	@Test
	void a_new_name_is_a_source_equal_to_itself() {
		assertThat(Source.of("COINCAP")).isEqualTo(new Source("COINCAP")).isNotEqualTo(Source.COINGECKO);
		assertThat(Source.of("COINCAP").key()).isEqualTo("coincap");
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "", "coingecko", "1INCH", "COIN GECKO", "COIN-GECKO", "A_NAME_LONGER_THAN_THIRTY_TWO_CHARS" })
	void malformed_names_are_refused_with_the_rule(String name) {
		assertThat(Source.isValid(name)).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> Source.of(name))
			.withMessageStartingWith("source must be upper-case letters");
	}

}
