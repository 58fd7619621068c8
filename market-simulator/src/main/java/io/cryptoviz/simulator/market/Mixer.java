package io.cryptoviz.simulator.market;

/**
 * Stateless hashing to derive reproducible random streams from (seed, key...) tuples.
 */
final class Mixer {

	private Mixer() {
	}

	/** SplitMix64's finaliser over the combined inputs. */
	static long mix(long seed, long a, long b) {
		long z = seed + 0x9E3779B97F4A7C15L * (a + 1) + 0xBF58476D1CE4E5B9L * (b + 1);
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	/** A uniform value in [-1, 1). */
	static double signedUnit(long hash) {
		return ((hash >>> 11) * 0x1.0p-53) * 2 - 1;
	}

	/** A uniform value in [0, 1). */
	static double unit(long hash) {
		return (hash >>> 11) * 0x1.0p-53;
	}

}
