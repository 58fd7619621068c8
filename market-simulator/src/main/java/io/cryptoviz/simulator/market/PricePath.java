package io.cryptoviz.simulator.market;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One asset's price as a seeded, driftless-in-log geometric Brownian motion on a 5-minute
 * grid: {@code ln S(k) = ln S0 + sigma_step * W(k)}, with {@code W(0) = 0} at
 * {@link #ANCHOR}. Every value is a pure function of (seed, asset, step), so any instant
 * can be evaluated without replaying the path and a restart reproduces it.
 * <p>
 * Day boundaries are summed from the anchor (a few hundred draws); inside a day the path
 * is an exact Brownian bridge between them, built from that day's own draws. Between grid
 * points the price is interpolated linearly in log space.
 */
final class PricePath {

	/** Where every path starts at its catalog price. */
	static final Instant ANCHOR = Instant.parse("2026-01-01T00:00:00Z");

	static final Duration STEP = Duration.ofMinutes(5);

	static final int STEPS_PER_DAY = 288;

	private static final double STEPS_PER_YEAR = 365.25 * STEPS_PER_DAY;

	private static final int CACHED_DAYS = 64;

	private final long streamSeed;

	private final double logStart;

	private final double stepSigma;

	/** W at the start of day d >= 0 is forward[d]; of day d < 0 is backward[-d]. */
	private double[] forward = { 0 };

	private double[] backward = { 0 };

	private final Map<Long, double[]> bridges = new LinkedHashMap<>(CACHED_DAYS, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Long, double[]> eldest) {
			return size() > CACHED_DAYS;
		}
	};

	PricePath(long seed, Asset asset) {
		this.streamSeed = Mixer.mix(seed, asset.cgId().hashCode(), 0x5EED);
		this.logStart = Math.log(asset.startPrice());
		this.stepSigma = asset.volatility() / Math.sqrt(STEPS_PER_YEAR);
	}

	/** The price at an instant, interpolated between the grid points around it. */
	double priceAt(Instant at) {
		long millis = Duration.between(ANCHOR, at).toMillis();
		long stepMillis = STEP.toMillis();
		long step = Math.floorDiv(millis, stepMillis);
		double fraction = (double) Math.floorMod(millis, stepMillis) / stepMillis;
		double w = brownian(step) * (1 - fraction) + brownian(step + 1) * fraction;
		return Math.exp(this.logStart + this.stepSigma * w);
	}

	/** The instant of the grid point at or before the given instant. */
	static Instant floorToStep(Instant at) {
		long stepMillis = STEP.toMillis();
		long millis = Duration.between(ANCHOR, at).toMillis();
		return ANCHOR.plusMillis(Math.floorDiv(millis, stepMillis) * stepMillis);
	}

	private synchronized double brownian(long step) {
		long day = Math.floorDiv(step, STEPS_PER_DAY);
		int index = (int) Math.floorMod(step, STEPS_PER_DAY);
		return dayStart(day) + this.bridges.computeIfAbsent(day, this::bridge)[index];
	}

	private double dayStart(long day) {
		if (day >= 0) {
			if (day >= this.forward.length) {
				this.forward = extend(this.forward, (int) day + 1, (i) -> dayIncrement(i - 1));
			}
			return this.forward[(int) day];
		}
		int back = (int) -day;
		if (back >= this.backward.length) {
			this.backward = extend(this.backward, back + 1, (i) -> -dayIncrement(-i));
		}
		return this.backward[back];
	}

	private static double[] extend(double[] levels, int size, java.util.function.IntToDoubleFunction step) {
		double[] grown = java.util.Arrays.copyOf(levels, Math.max(size, levels.length * 2));
		for (int i = levels.length; i < grown.length; i++) {
			grown[i] = grown[i - 1] + step.applyAsDouble(i);
		}
		return grown;
	}

	/** W(start of day + 1) - W(start of day): the first draw of the day's stream. */
	private double dayIncrement(long day) {
		return Math.sqrt(STEPS_PER_DAY) * dayStream(day).nextGaussian();
	}

	/** Offsets from the day's start, exact Brownian bridge to the day's increment. */
	private double[] bridge(long day) {
		SplittableRandom random = dayStream(day);
		double increment = Math.sqrt(STEPS_PER_DAY) * random.nextGaussian();
		double[] walk = new double[STEPS_PER_DAY + 1];
		for (int i = 1; i <= STEPS_PER_DAY; i++) {
			walk[i] = walk[i - 1] + random.nextGaussian();
		}
		double end = walk[STEPS_PER_DAY];
		double[] bridge = new double[STEPS_PER_DAY + 1];
		for (int i = 0; i <= STEPS_PER_DAY; i++) {
			double t = (double) i / STEPS_PER_DAY;
			bridge[i] = walk[i] - t * end + t * increment;
		}
		return bridge;
	}

	private SplittableRandom dayStream(long day) {
		return new SplittableRandom(Mixer.mix(this.streamSeed, day, 0xDA7));
	}

}
