package io.cryptoviz.dashboard.api;

import org.jspecify.annotations.Nullable;

/** JSON has no NaN or infinity: undefined numbers travel as null. */
final class Numbers {

	private Numbers() {
	}

	static @Nullable Double finite(double value) {
		return Double.isFinite(value) ? value : null;
	}

}
