package io.cryptoviz.ml.backtest;

/**
 * Builds {@link IntervalRecord}s from the relative errors of a backtest, in O(n log n):
 * one sort for the final bounds, and a Fenwick tree over the errors' sorted places for
 * the walk-forward coverage, where each origin counts the known errors below it and at
 * most it, which says whether it lies between the two conformal order statistics.
 */
final class ConformalIntervals {

	private ConformalIntervals() {
	}

	/**
	 * @param errors relative errors in origin order
	 * @param origins the origin index t of each error
	 * @param count how many errors to use
	 * @param steps the horizon h in steps: an error is known h steps after its origin
	 * @param levels nominal coverages, each in (0, 1)
	 * @return one record per level
	 */
	static IntervalRecord[] of(double[] errors, int[] origins, int count, int steps, double... levels) {
		int[] order = stableOrder(errors, count);
		double[] sorted = new double[count];
		// Each error's place among all errors sorted, equal ones in origin order.
		int[] place = new int[count];
		for (int p = 0; p < count; p++) {
			sorted[p] = errors[order[p]];
			place[order[p]] = p;
		}
		int[] minimum = new int[levels.length];
		for (int l = 0; l < levels.length; l++) {
			minimum[l] = IntervalRecord.minimumErrors(levels[l]);
		}
		Fenwick known = new Fenwick(count);
		int[] hits = new int[levels.length];
		int[] checks = new int[levels.length];
		int[] low = new int[levels.length];
		int[] high = new int[levels.length];
		int added = 0;
		int ranked = -1;
		for (int i = 0; i < count; i++) {
			while (added < i && origins[added] + steps <= origins[i]) {
				known.add(place[added]);
				added++;
			}
			if (ranked != added) {
				for (int l = 0; l < levels.length; l++) {
					low[l] = lowRank(added, levels[l]);
					high[l] = highRank(added, levels[l]);
				}
				ranked = added;
			}
			int knownBelow = -1;
			int knownAtMost = -1;
			for (int l = 0; l < levels.length; l++) {
				if (added < minimum[l]) {
					continue;
				}
				if (low[l] >= 1 && high[l] <= added) {
					if (knownBelow < 0) {
						int first = firstEqual(sorted, place[i]);
						int end = pastEqual(sorted, place[i]);
						knownBelow = known.count(first);
						// Alone with its value (the usual case), this error is not known
						// yet
						// itself, so as many known errors are at most it as are below it.
						knownAtMost = (end == first + 1) ? knownBelow : known.count(end);
					}
					checks[l]++;
					// Inside [low-th, high-th smallest known] exactly when at least low
					// known errors are at most this one and fewer than high are below it.
					if (knownAtMost >= low[l] && knownBelow < high[l]) {
						hits[l]++;
					}
				}
			}
		}
		IntervalRecord[] records = new IntervalRecord[levels.length];
		for (int l = 0; l < levels.length; l++) {
			double level = levels[l];
			boolean enough = count >= minimum[l];
			records[l] = new IntervalRecord(level, count, minimum[l],
					enough ? sorted[lowRank(count, level) - 1] : Double.NaN,
					enough ? sorted[highRank(count, level) - 1] : Double.NaN,
					(checks[l] > 0) ? (double) hits[l] / checks[l] : Double.NaN, checks[l]);
		}
		return records;
	}

	/**
	 * The first place holding the same value as {@code place}: below it, all are smaller.
	 */
	private static int firstEqual(double[] sorted, int place) {
		int first = place;
		while (first > 0 && sorted[first - 1] == sorted[place]) {
			first--;
		}
		return first;
	}

	/**
	 * The place after the last one holding the same value: from it on, all are larger.
	 */
	private static int pastEqual(double[] sorted, int place) {
		int end = place + 1;
		while (end < sorted.length && sorted[end] == sorted[place]) {
			end++;
		}
		return end;
	}

	/** 1-based rank of the lower bound among m errors. */
	static int lowRank(int m, double level) {
		return (int) Math.floor((m + 1) * (1 - level) / 2 + 1e-9);
	}

	/** 1-based rank of the upper bound among m errors. */
	static int highRank(int m, double level) {
		return (int) Math.ceil((m + 1) * (1 - (1 - level) / 2) - 1e-9);
	}

	/**
	 * The indices of the first {@code count} values in ascending order of value, equal
	 * values in index order. One primitive sort of longs, each an order-preserving image
	 * of the value's bits whose lowest bits are replaced by the index, then an insertion
	 * pass that orders values the replaced bits could not tell apart (they differ by less
	 * than about 1e-12 relative, so the pass moves almost nothing).
	 */
	static int[] stableOrder(double[] values, int count) {
		int indexBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, count - 1)));
		long indexMask = (1L << indexBits) - 1;
		long[] keys = new long[count];
		for (int i = 0; i < count; i++) {
			long bits = Double.doubleToLongBits(values[i]);
			long ordered = bits ^ ((bits >> 63) & Long.MAX_VALUE);
			keys[i] = (ordered & ~indexMask) | i;
		}
		radixSort(keys);
		int[] order = new int[count];
		for (int p = 0; p < count; p++) {
			int index = (int) (keys[p] & indexMask);
			int q = p;
			while (q > 0 && values[index] < values[order[q - 1]]) {
				order[q] = order[q - 1];
				q--;
			}
			order[q] = index;
		}
		return order;
	}

	/**
	 * Sorts signed longs ascending, a byte at a time from the lowest (least significant
	 * digit radix sort): no comparisons to mispredict, and a byte that every key shares
	 * (most of the exponent, for errors of one magnitude) costs one counting pass only.
	 */
	static void radixSort(long[] keys) {
		long[] from = keys;
		long[] to = new long[keys.length];
		int[] counts = new int[257];
		for (int shift = 0; shift < 64; shift += 8) {
			java.util.Arrays.fill(counts, 0);
			for (long key : from) {
				counts[digit(key, shift) + 1]++;
			}
			if (counts[digit(from[0], shift) + 1] == from.length) {
				continue;
			}
			for (int d = 0; d < 256; d++) {
				counts[d + 1] += counts[d];
			}
			for (long key : from) {
				to[counts[digit(key, shift)]++] = key;
			}
			long[] swap = from;
			from = to;
			to = swap;
		}
		if (from != keys) {
			System.arraycopy(from, 0, keys, 0, keys.length);
		}
	}

	// The byte at shift of the key read as unsigned after flipping the sign bit, so
	// unsigned digit order is signed order.
	private static int digit(long key, int shift) {
		return (int) (((key ^ Long.MIN_VALUE) >>> shift) & 0xFF);
	}

	/** Counts of inserted places, with prefix sums in O(log n). */
	private static final class Fenwick {

		private final int[] tree;

		Fenwick(int size) {
			this.tree = new int[size + 1];
		}

		void add(int rank) {
			for (int i = rank + 1; i < this.tree.length; i += i & -i) {
				this.tree[i]++;
			}
		}

		/** How many inserted places lie below {@code place}. */
		int count(int place) {
			int sum = 0;
			for (int i = place; i > 0; i -= i & -i) {
				sum += this.tree[i];
			}
			return sum;
		}

	}

}
