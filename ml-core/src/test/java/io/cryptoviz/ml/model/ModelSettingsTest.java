package io.cryptoviz.ml.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ModelSettingsTest {

	@Test
	void defaults_are_the_original_products() {
		assertThat(ModelSettings.defaults()).isEqualTo(new ModelSettings(20, 50, 14, 10));
	}

	@Test
	void ma_short_below_range_names_setting_range_and_value() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ModelSettings(3, 50, 14, 10))
			.withMessage("maShort must be between 5 and 30, was 3");
	}

	@Test
	void ma_long_above_range_is_rejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ModelSettings(20, 101, 14, 10))
			.withMessage("maLong must be between 20 and 100, was 101");
	}

	@Test
	void ma_long_below_ma_short_is_rejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ModelSettings(25, 20, 14, 10))
			.withMessage("maLong must not be below maShort (25), was 20");
	}

	@Test
	void momentum_period_out_of_range_is_rejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ModelSettings(20, 50, 31, 10))
			.withMessage("momentumPeriod must be between 5 and 30, was 31");
	}

	@Test
	void momentum_smoothing_out_of_range_is_rejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ModelSettings(20, 50, 14, 0))
			.withMessage("momentumSmoothing must be between 1 and 30, was 0");
	}

	@Test
	void equal_ma_windows_are_allowed() {
		assertThat(new ModelSettings(20, 20, 14, 10).maLong()).isEqualTo(20);
	}

}
