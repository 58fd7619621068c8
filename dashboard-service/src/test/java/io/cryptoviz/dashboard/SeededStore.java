package io.cryptoviz.dashboard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Writes a DuckDB file shaped like the consumer's: the contract DDL and realistic
 * 5-minute quotes from CoinGecko and CoinMarketCap (and CoinPaprika when asked),
 * generated in SQL so even millions of rows take seconds.
 * <p>
 * The first 12 assets are real CoinGecko ids with plausible prices and market caps
 * (market-cap order: bitcoin, ethereum, tether, ripple, binancecoin, ...); further ones
 * are synthetic. CoinMarketCap prices differ from CoinGecko's by a few tenths of a
 * percent, and CoinMarketCap names Tether "Tether USDt", as the real APIs do;
 * CoinPaprika's differ on their own slower wave.
 */
public final class SeededStore {

	/** The two sources the stores of the older tests hold. */
	public static final java.util.List<String> TWO_SOURCES = java.util.List.of("COINGECKO", "COINMARKETCAP");

	/** The three shipped sources. */
	public static final java.util.List<String> THREE_SOURCES = java.util.List.of("COINGECKO", "COINMARKETCAP",
			"COINPAPRIKA");

	/** Quote interval of the scraper. */
	public static final Duration STEP = Duration.ofMinutes(5);

	/** Asset ids of the real assets, in market-cap order. */
	public static final String[] TOP_IDS = { "bitcoin", "ethereum", "tether", "ripple", "binancecoin", "solana",
			"usd-coin", "dogecoin", "cardano", "tron", "avalanche-2", "chainlink" };

	/** The contract DDL of crypto_prices, as the consumer creates it. */
	public static final String DDL = """
			CREATE TABLE crypto_prices (
				asset_id VARCHAR NOT NULL, name VARCHAR NOT NULL, symbol VARCHAR NOT NULL, price DOUBLE NOT NULL,
				percent_change_24h DOUBLE, market_cap DOUBLE, volume_24h DOUBLE, source VARCHAR NOT NULL,
				timestamp TIMESTAMP NOT NULL, fetched_at TIMESTAMP NOT NULL, ingested_at TIMESTAMP NOT NULL)""";

	private static final String SCHEMA_VERSION_DDL = "CREATE TABLE schema_version (version INTEGER NOT NULL, "
			+ "description VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)";

	private static final String SCHEMA_VERSION_ROW = "INSERT INTO schema_version VALUES (1, 'create crypto_prices', now())";

	private static final String REAL_ASSETS = """
			(0, 'bitcoin', 'BTC', 'Bitcoin', 'Bitcoin', 97000.0, 1.9e12, 1.0),
			(1, 'ethereum', 'ETH', 'Ethereum', 'Ethereum', 3400.0, 4.1e11, 1.2),
			(2, 'tether', 'USDT', 'Tether', 'Tether USDt', 1.0, 1.4e11, 0.01),
			(3, 'ripple', 'XRP', 'XRP', 'XRP', 2.3, 1.3e11, 1.5),
			(4, 'binancecoin', 'BNB', 'BNB', 'BNB', 690.0, 1.0e11, 0.8),
			(5, 'solana', 'SOL', 'Solana', 'Solana', 190.0, 9.0e10, 1.6),
			(6, 'usd-coin', 'USDC', 'USDC', 'USDC', 1.0, 4.4e10, 0.01),
			(7, 'dogecoin', 'DOGE', 'Dogecoin', 'Dogecoin', 0.32, 4.7e10, 2.0),
			(8, 'cardano', 'ADA', 'Cardano', 'Cardano', 0.9, 3.2e10, 1.7),
			(9, 'tron', 'TRX', 'TRON', 'TRON', 0.25, 2.2e10, 1.1),
			(10, 'avalanche-2', 'AVAX', 'Avalanche', 'Avalanche', 36.0, 1.5e10, 1.8),
			(11, 'chainlink', 'LINK', 'Chainlink', 'Chainlink', 22.0, 1.4e10, 1.7)""";

	private SeededStore() {
	}

	/**
	 * Seeds a demo file: {@code SeededStore <file> [assets] [hours]}, ending now.
	 * @param args file, number of assets (12), hours of history (72)
	 */
	public static void main(String[] args) {
		Path file = Path.of(args[0]);
		int assets = (args.length > 1) ? Integer.parseInt(args[1]) : 12;
		long hours = (args.length > 2) ? Long.parseLong(args[2]) : 72;
		Instant end = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
		long rows = create(file, assets, Duration.ofHours(hours), end);
		System.out.println("Seeded " + rows + " rows into " + file.toAbsolutePath());
	}

	/**
	 * Creates the file with {@code assets} assets, both sources, one quote per 5 minutes
	 * for {@code span}, the newest at {@code end}.
	 * @param file the DuckDB file to create (must not exist)
	 * @param assets number of assets, 1 to 1000
	 * @param span how far back the data goes
	 * @param end timestamp of the newest quotes
	 * @return the number of rows written
	 */
	public static long create(Path file, int assets, Duration span, Instant end) {
		return create(file, assets, span, end, TWO_SOURCES);
	}

	/**
	 * Creates the file with {@code assets} assets from the given sources, one quote per 5
	 * minutes for {@code span}, the newest at {@code end}.
	 * @param file the DuckDB file to create (must not exist)
	 * @param assets number of assets, 1 to 1000
	 * @param span how far back the data goes
	 * @param end timestamp of the newest quotes
	 * @param sources stored source names, such as {@link #THREE_SOURCES}
	 * @return the number of rows written
	 */
	public static long create(Path file, int assets, Duration span, Instant end, java.util.List<String> sources) {
		long steps = span.dividedBy(STEP) + 1;
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
					Statement statement = connection.createStatement()) {
				statement.execute(DDL);
				statement.execute(SCHEMA_VERSION_DDL);
				statement.execute(SCHEMA_VERSION_ROW);
				statement.execute("CREATE TEMP TABLE seed_assets AS SELECT * FROM (VALUES " + REAL_ASSETS
						+ ") v(a, id, symbol, name, cmc_name, base, mcap, vol) WHERE a < " + assets);
				statement.execute("""
						INSERT INTO seed_assets SELECT a, printf('asset-%%03d', a), printf('A%%03d', a),
						       printf('Asset %%03d', a), printf('Asset %%03d', a), 5.0 * (a %% 17 + 1),
						       1.0e10 / a, 1.0 + (a %% 5) / 5.0
						FROM range(12, %d) r(a)""".formatted(assets));
				// One day per statement keeps the file in time order, like the consumer's
				// appends, so DuckDB's zone maps work as they will in production.
				long chunk = Duration.ofDays(1).dividedBy(STEP);
				for (long from = 0; from < steps; from += chunk) {
					insert(connection, from, Math.min(steps, from + chunk), steps, end, sources);
				}
			}
			return steps * assets * sources.size();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not seed " + file + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Creates the file as the consumer's first start leaves it: the table and
	 * {@code schema_version}, no rows.
	 * @param file the DuckDB file to create (must not exist)
	 */
	public static void createEmpty(Path file) {
		execute(file, DDL, SCHEMA_VERSION_DDL, SCHEMA_VERSION_ROW);
	}

	/**
	 * Runs statements on the file read-write, creating it and its directory if needed,
	 * for stores in shapes the consumer would not leave.
	 * @param file the DuckDB file
	 * @param statements SQL, run in order
	 */
	public static void execute(Path file, String... statements) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
					Statement statement = connection.createStatement()) {
				for (String sql : statements) {
					statement.execute(sql);
				}
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not change " + file + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Appends one quote as a consumer flush does, fetched 20 s and ingested 40 s after
	 * its timestamp.
	 * @param file the DuckDB file, with the table
	 * @param source the source column as stored, for example {@code COINGECKO}
	 * @param assetId CoinGecko id
	 * @param symbol ticker
	 * @param name display name
	 * @param price price in USD
	 * @param timestamp provider timestamp
	 */
	public static void append(Path file, String source, String assetId, String symbol, String name, double price,
			Instant timestamp) {
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
				PreparedStatement statement = connection.prepareStatement("""
						INSERT INTO crypto_prices VALUES (?, ?, ?, ?, 1.5, ? * 19000000, ? * 400000, ?, ?,
						       ?::TIMESTAMP + INTERVAL 20 SECOND, ?::TIMESTAMP + INTERVAL 40 SECOND)""")) {
			LocalDateTime at = LocalDateTime.ofInstant(timestamp, ZoneOffset.UTC);
			statement.setString(1, assetId);
			statement.setString(2, name);
			statement.setString(3, symbol);
			statement.setDouble(4, price);
			statement.setDouble(5, price);
			statement.setDouble(6, price);
			statement.setString(7, source);
			statement.setObject(8, at);
			statement.setObject(9, at);
			statement.setObject(10, at);
			statement.executeUpdate();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not append to " + file + ": " + ex.getMessage(), ex);
		}
	}

	private static void insert(Connection connection, long from, long to, long steps, Instant end,
			java.util.List<String> sources) throws SQLException {
		// names follow Source.NAME, so they are safe as SQL literals
		String values = sources.stream()
			.map(name -> "('" + name + "')")
			.collect(java.util.stream.Collectors.joining(", "));
		String sql = """
				INSERT INTO crypto_prices
				SELECT id, CASE WHEN src = 'COINMARKETCAP' THEN cmc_name ELSE name END, symbol, p, pct, mcap * p / base,
				       mcap * 0.04, src, ts, ts + INTERVAL 20 SECOND, ts + INTERVAL 40 SECOND
				FROM (
				  SELECT id, name, cmc_name, symbol, base, mcap, src,
				         ?::TIMESTAMP - to_minutes(CAST(5 * (? - 1 - i) AS BIGINT)) AS ts,
				         base * (1 + vol * (0.04 * sin(i / 97.0 + a) + 0.015 * sin(i / 11.0 + 3 * a)))
				              * (CASE WHEN src = 'COINMARKETCAP' THEN 1 + vol * 0.003 * sin(i / 29.0 + a)
				                      WHEN src = 'COINPAPRIKA' THEN 1 - vol * 0.004 * sin(i / 41.0 + 2 * a) ELSE 1 END) AS p,
				         vol * 4 * sin(i / 150.0 + a) AS pct
				  FROM range(?, ?) t(i), seed_assets, (VALUES %s) s(src)
				  ORDER BY i)"""
			.formatted(values);
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setObject(1, LocalDateTime.ofInstant(end, ZoneOffset.UTC));
			statement.setLong(2, steps);
			statement.setLong(3, from);
			statement.setLong(4, to);
			statement.executeUpdate();
		}
	}

}
