package io.cryptoviz.simulator.market;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PricePathTest {

	private static final Asset BITCOIN = AssetCatalog.ALL.getFirst();

	private static final double STEPS_PER_YEAR = 365.25 * PricePath.STEPS_PER_DAY;

	@Test
	void starts_at_the_catalog_price_at_the_anchor() {
		assertThat(new PricePath(42, BITCOIN).priceAt(PricePath.ANCHOR)).isCloseTo(BITCOIN.startPrice(), within(1e-6));
	}

	@Test
	void the_same_seed_gives_the_same_path_whatever_the_order_of_evaluation() {
		Instant late = PricePath.ANCHOR.plus(Duration.ofDays(300)).plusSeconds(77);
		Instant early = PricePath.ANCHOR.minus(Duration.ofDays(200)).plusSeconds(13);
		PricePath forwardFirst = new PricePath(42, BITCOIN);
		double lateFirst = forwardFirst.priceAt(late);
		double earlySecond = forwardFirst.priceAt(early);
		PricePath backwardFirst = new PricePath(42, BITCOIN);
		assertThat(backwardFirst.priceAt(early)).isEqualTo(earlySecond);
		assertThat(backwardFirst.priceAt(late)).isEqualTo(lateFirst);
	}

	@Test
	void another_seed_gives_another_path() {
		Instant at = PricePath.ANCHOR.plus(Duration.ofDays(30));
		assertThat(new PricePath(43, BITCOIN).priceAt(at)).isNotEqualTo(new PricePath(42, BITCOIN).priceAt(at));
	}

	@Test
	void prices_between_grid_points_lie_between_them() {
		PricePath path = new PricePath(7, BITCOIN);
		Instant grid = PricePath.ANCHOR.plus(Duration.ofDays(3));
		double left = path.priceAt(grid);
		double right = path.priceAt(grid.plus(PricePath.STEP));
		double middle = path.priceAt(grid.plus(PricePath.STEP.dividedBy(2)));
		assertThat(middle).isBetween(Math.min(left, right), Math.max(left, right));
	}

	@Nested
	class Realised_volatility_matches_the_catalog {

		@Test
		void after_the_anchor() {
			assertThat(annualisedVolatility(new PricePath(11, BITCOIN), PricePath.ANCHOR.plus(Duration.ofDays(100))))
				.isCloseTo(BITCOIN.volatility(), within(0.05));
		}

		@Test
		void before_the_anchor() {
			assertThat(annualisedVolatility(new PricePath(11, BITCOIN), PricePath.ANCHOR.minus(Duration.ofDays(200))))
				.isCloseTo(BITCOIN.volatility(), within(0.05));
		}

		@Test
		void across_day_boundaries_where_the_bridges_join() {
			PricePath path = new PricePath(5, BITCOIN);
			double[] boundaryReturns = IntStream.range(1, 2000).mapToDouble((day) -> {
				Instant boundary = PricePath.ANCHOR.plus(Duration.ofDays(day - 1000));
				return Math.log(path.priceAt(boundary) / path.priceAt(boundary.minus(PricePath.STEP)));
			}).toArray();
			double stepSigma = BITCOIN.volatility() / Math.sqrt(STEPS_PER_YEAR);
			assertThat(standardDeviation(boundaryReturns)).isCloseTo(stepSigma, within(stepSigma * 0.1));
		}

		/** From 30 days of 5-minute log returns. */
		private static double annualisedVolatility(PricePath path, Instant from) {
			int steps = 30 * PricePath.STEPS_PER_DAY;
			double[] returns = new double[steps];
			double previous = path.priceAt(from);
			for (int i = 1; i <= steps; i++) {
				double next = path.priceAt(from.plus(PricePath.STEP.multipliedBy(i)));
				returns[i - 1] = Math.log(next / previous);
				previous = next;
			}
			return standardDeviation(returns) * Math.sqrt(STEPS_PER_YEAR);
		}

	}

	private static double standardDeviation(double[] values) {
		double mean = java.util.Arrays.stream(values).average().orElseThrow();
		double squares = java.util.Arrays.stream(values).map((v) -> (v - mean) * (v - mean)).sum();
		return Math.sqrt(squares / (values.length - 1));
	}

}
