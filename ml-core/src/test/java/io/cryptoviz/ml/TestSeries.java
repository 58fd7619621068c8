package io.cryptoviz.ml;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

import io.cryptoviz.ml.series.PriceSeries;

/**
 * Series for tests: regular 5-minute grids of constant, linear and random-walk prices,
 * the real BTC excerpt in {@code src/test/resources/reference}, and scaled copies for the
 * scaling property.
 */
public final class TestSeries {

	/** 2025-04-03T17:05:00Z, the first bar of the real excerpt. */
	public static final long START = 1_743_699_900_000L;

	public static final long FIVE_MINUTES = 300_000L;

	private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssXXX");

	private TestSeries() {
	}

	public static PriceSeries of(double... prices) {
		long[] times = new long[prices.length];
		for (int i = 0; i < times.length; i++) {
			times[i] = START + i * FIVE_MINUTES;
		}
		return PriceSeries.of(times, prices);
	}

	public static PriceSeries constant(int size, double price) {
		double[] prices = new double[size];
		java.util.Arrays.fill(prices, price);
		return of(prices);
	}

	/** p_i = first + slopePerStep · i. */
	public static PriceSeries linear(int size, double first, double slopePerStep) {
		double[] prices = new double[size];
		for (int i = 0; i < size; i++) {
			prices[i] = first + slopePerStep * i;
		}
		return of(prices);
	}

	/** A geometric random walk with 0.2 % steps, reproducible from the seed. */
	public static PriceSeries randomWalk(long seed, int size, double first) {
		SplittableRandom random = new SplittableRandom(seed);
		double[] prices = new double[size];
		prices[0] = first;
		for (int i = 1; i < size; i++) {
			prices[i] = prices[i - 1] * Math.exp(0.002 * gaussian(random));
		}
		return of(prices);
	}

	/** The same timestamps with every price multiplied by {@code factor}. */
	public static PriceSeries scaled(PriceSeries series, double factor) {
		long[] times = new long[series.size()];
		double[] prices = series.prices();
		for (int i = 0; i < prices.length; i++) {
			times[i] = series.epochMillis(i);
			prices[i] *= factor;
		}
		return PriceSeries.of(times, prices);
	}

	/** The first {@code size} bars of the BTCUSDT 5-minute excerpt (at most 2,000). */
	public static PriceSeries btc(int size) {
		List<String> lines = readLines("/reference/btcusdt-5m-close.csv");
		long[] times = new long[size];
		double[] prices = new double[size];
		for (int i = 0; i < size; i++) {
			String[] fields = lines.get(i + 1).split(",");
			times[i] = OffsetDateTime.parse(fields[0], CSV_TIME).toInstant().toEpochMilli();
			prices[i] = Double.parseDouble(fields[1]);
		}
		return PriceSeries.of(times, prices);
	}

	private static double gaussian(SplittableRandom random) {
		double u = 1 - random.nextDouble();
		double v = random.nextDouble();
		return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
	}

	private static List<String> readLines(String resource) {
		try (var reader = new BufferedReader(
				new InputStreamReader(Objects.requireNonNull(TestSeries.class.getResourceAsStream(resource), resource),
						StandardCharsets.UTF_8))) {
			List<String> lines = new ArrayList<>();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				lines.add(line);
			}
			return lines;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
