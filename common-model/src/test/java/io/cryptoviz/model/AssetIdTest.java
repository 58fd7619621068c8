package io.cryptoviz.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AssetIdTest {

	@ParameterizedTest
	@ValueSource(strings = { "bitcoin", "avalanche-2", "usd-coin", "0x", "wrapped.steth", "a_b" })
	void coingecko_ids_are_accepted(String id) {
		assertThat(new AssetId(id).value()).isEqualTo(id);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "Bitcoin", "-bitcoin", "btc!", "bit coin", "bitcoin/../x" })
	void anything_else_is_refused_with_the_rule(String id) {
		assertThat(AssetId.isValid(id)).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> new AssetId(id))
			.withMessage("asset id must be " + AssetId.RULE + ", was '" + id + "'");
	}

	@org.junit.jupiter.api.Test
	void ids_longer_than_the_limit_are_refused() {
		assertThat(AssetId.isValid("a".repeat(AssetId.MAX_LENGTH))).isTrue();
		assertThat(AssetId.isValid("a".repeat(AssetId.MAX_LENGTH + 1))).isFalse();
	}

}
