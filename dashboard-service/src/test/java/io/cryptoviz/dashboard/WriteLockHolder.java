package io.cryptoviz.dashboard;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Holds a DuckDB file read-write in another process, as the consumer does during a flush:
 * DuckDB's file lock works between processes, so only a second process shows the real
 * conflict.
 */
public final class WriteLockHolder implements AutoCloseable {

	private final Process process;

	private WriteLockHolder(Process process) {
		this.process = process;
	}

	/**
	 * Starts a JVM that opens the file read-write, prints "locked", holds it and exits.
	 * Returns once the lock is held.
	 * @param file the DuckDB file
	 * @param hold how long to hold it
	 * @return the running holder
	 * @throws Exception if the process cannot start or does not lock in time
	 */
	public static WriteLockHolder hold(Path file, Duration hold) throws Exception {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("--enable-native-access=ALL-UNNAMED");
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(WriteLockHolder.class.getName());
		command.add(file.toAbsolutePath().toString());
		command.add(Long.toString(hold.toMillis()));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String line = process.inputReader().readLine();
		if (!"locked".equals(line)) {
			process.destroyForcibly();
			throw new IllegalStateException("lock holder did not lock: " + line);
		}
		return new WriteLockHolder(process);
	}

	/**
	 * @return whether the holder process still runs (and holds the lock)
	 */
	public boolean holding() {
		return this.process.isAlive();
	}

	@Override
	public void close() throws InterruptedException {
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
	}

	public static void main(String[] args) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (true) {
			// A reader may hold its short read-only lock at this moment; wait like the
			// consumer does.
			try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + args[0]);
					Statement statement = connection.createStatement()) {
				statement.execute("SELECT count(*) FROM crypto_prices");
				System.out.println("locked");
				System.out.flush();
				Thread.sleep(Long.parseLong(args[1]));
				return;
			}
			catch (java.sql.SQLException ex) {
				if (System.nanoTime() > deadline) {
					System.out.println("failed: " + ex.getMessage());
					return;
				}
				Thread.sleep(20);
			}
		}
	}

}
