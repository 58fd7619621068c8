package io.cryptoviz.ml.backtest;

import java.util.Arrays;

/**
 * Builds {@link IntervalRecord}s from the relative errors of a backtest, in O(n log n):
 * one sort for the final bounds, and a Fenwick tree over the errors' ranks for the
 * walk-forward coverage, where each origin asks for two order statistics of the errors
 * known so far.
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
		double[] sorted = Arrays.copyOf(errors, count);
		Arrays.sort(sorted);
		int[] rank = ranks(errors, count, sorted);
		Fenwick known = new Fenwick(count);
		int[] hits = new int[levels.length];
		int[] checks = new int[levels.length];
		int added = 0;
		for (int i = 0; i < count; i++) {
			while (added < i && origins[added] + steps <= origins[i]) {
				known.add(rank[added]);
				added++;
			}
			for (int l = 0; l < levels.length; l++) {
				int low = lowRank(added, levels[l]);
				int high = highRank(added, levels[l]);
				if (added >= IntervalRecord.minimumErrors(levels[l]) && low >= 1 && high <= added) {
					checks[l]++;
					double error = errors[i];
					if (error >= sorted[known.select(low)] && error <= sorted[known.select(high)]) {
						hits[l]++;
					}
				}
			}
		}
		IntervalRecord[] records = new IntervalRecord[levels.length];
		for (int l = 0; l < levels.length; l++) {
			double level = levels[l];
			int minimum = IntervalRecord.minimumErrors(level);
			boolean enough = count >= minimum;
			records[l] = new IntervalRecord(level, count, minimum,
					enough ? sorted[lowRank(count, level) - 1] : Double.NaN,
					enough ? sorted[highRank(count, level) - 1] : Double.NaN,
					(checks[l] > 0) ? (double) hits[l] / checks[l] : Double.NaN, checks[l]);
		}
		return records;
	}

	/** 1-based rank of the lower bound among m errors. */
	static int lowRank(int m, double level) {
		return (int) Math.floor((m + 1) * (1 - level) / 2 + 1e-9);
	}

	/** 1-based rank of the upper bound among m errors. */
	static int highRank(int m, double level) {
		return (int) Math.ceil((m + 1) * (1 - (1 - level) / 2) - 1e-9);
	}

	// The position of each error in sorted order; equal errors take the next free place.
	private static int[] ranks(double[] errors, int count, double[] sorted) {
		int[] rank = new int[count];
		int[] taken = new int[count];
		for (int i = 0; i < count; i++) {
			int first = firstAtLeast(sorted, count, errors[i]);
			rank[i] = first + taken[first]++;
		}
		return rank;
	}

	private static int firstAtLeast(double[] sorted, int count, double value) {
		int low = 0;
		int high = count;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (Double.compare(sorted[middle], value) < 0) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low;
	}

	/** Counts of inserted ranks, with prefix sums and k-th smallest in O(log n). */
	private static final class Fenwick {

		private final int[] tree;

		private final int highestBit;

		Fenwick(int size) {
			this.tree = new int[size + 1];
			this.highestBit = (size == 0) ? 0 : Integer.highestOneBit(size);
		}

		void add(int rank) {
			for (int i = rank + 1; i < this.tree.length; i += i & -i) {
				this.tree[i]++;
			}
		}

		/** The 0-based rank of the k-th smallest inserted value, k ≥ 1. */
		int select(int k) {
			int position = 0;
			int remaining = k;
			for (int bit = this.highestBit; bit > 0; bit >>= 1) {
				int next = position + bit;
				if (next < this.tree.length && this.tree[next] < remaining) {
					position = next;
					remaining -= this.tree[next];
				}
			}
			return position;
		}

	}

}
