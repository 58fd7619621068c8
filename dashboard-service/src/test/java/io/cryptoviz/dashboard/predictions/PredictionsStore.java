package io.cryptoviz.dashboard.predictions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import io.cryptoviz.dashboard.SeededStore;
import io.cryptoviz.testsupport.redis.RealRedis;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One seeded store for every predictions test in this JVM: 12 assets, both sources, 8
 * days of 5-minute quotes (so the 7-day track-record lookback is covered). Every test
 * class registers the same properties, so Spring reuses one context per web environment.
 */
public final class PredictionsStore {

	/**
	 * Newest quote time, on a 5-minute boundary so that it is also the start of the
	 * newest merged bucket.
	 */
	public static final Instant END = Instant.ofEpochSecond(Instant.now().getEpochSecond() / 300 * 300);

	/** Assets in the store. */
	public static final int ASSETS = 12;

	/** The seeded file. */
	public static final Path FILE = create();

	private PredictionsStore() {
	}

	/**
	 * Registers the store, real Redis and a short cache.
	 * @param registry the test's dynamic properties
	 */
	public static void register(DynamicPropertyRegistry registry) {
		registry.add("spring.data.redis.url", () -> RealRedis.shared().uri());
		registry.add("cryptoviz.dashboard.database-path", FILE::toString);
	}

	private static Path create() {
		try {
			Path dir = Files.createTempDirectory("cryptoviz-predictions-");
			Path file = dir.resolve("cryptoviz.duckdb");
			SeededStore.create(file, ASSETS, Duration.ofDays(8), END);
			file.toFile().deleteOnExit();
			dir.toFile().deleteOnExit();
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
