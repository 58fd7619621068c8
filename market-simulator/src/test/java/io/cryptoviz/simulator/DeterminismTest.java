package io.cryptoviz.simulator;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeterminismTest {

	private static final List<String> PATHS = List.of("/api/v3/coins/markets?vs_currency=usd",
			"/api/v3/coins/bitcoin/market_chart?vs_currency=usd&days=1",
			"/api/v3/coins/solana/market_chart?vs_currency=usd&days=200");

	@Test
	void the_same_seed_and_clock_give_byte_identical_responses_across_restarts() {
		List<String> first = bodies(RunningSimulator.start("--cryptoviz.simulator.seed=7"));
		List<String> second = bodies(RunningSimulator.start("--cryptoviz.simulator.seed=7"));
		assertThat(second).isEqualTo(first);
	}

	@Test
	void another_seed_gives_other_prices() {
		List<String> seven = bodies(RunningSimulator.start("--cryptoviz.simulator.seed=7"));
		List<String> eight = bodies(RunningSimulator.start("--cryptoviz.simulator.seed=8"));
		assertThat(eight.getFirst()).isNotEqualTo(seven.getFirst());
	}

	private static List<String> bodies(RunningSimulator simulator) {
		try (simulator) {
			List<String> bodies = new java.util.ArrayList<>(
					PATHS.stream().map((path) -> simulator.get(path).body()).toList());
			bodies.add(simulator.listings("?limit=50").body());
			return bodies;
		}
	}

}
