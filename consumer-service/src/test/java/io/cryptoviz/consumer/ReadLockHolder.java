package io.cryptoviz.consumer;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A separate process that holds a read-only DuckDB connection, as the dashboard does,
 * until its standard input closes. DuckDB's file lock is per process, so only another
 * process can conflict with the consumer.
 */
public final class ReadLockHolder implements AutoCloseable {

	private final Process process;

	private ReadLockHolder(Process process) {
		this.process = process;
	}

	public static void main(String[] args) throws SQLException, IOException {
		Properties readOnly = new Properties();
		readOnly.setProperty("duckdb.read_only", "true");
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + args[0], readOnly)) {
			System.out.println("locked");
			System.out.flush();
			while (System.in.read() != -1) {
				// hold until the parent closes our input
			}
		}
	}

	/** Starts the holder and returns once it holds the lock. */
	public static ReadLockHolder hold(Path file) throws IOException {
		String java = ProcessHandle.current().info().command().orElse("java");
		Process process = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp",
				System.getProperty("java.class.path"), ReadLockHolder.class.getName(), file.toAbsolutePath().toString())
			.redirectError(ProcessBuilder.Redirect.INHERIT)
			.start();
		String line = process.inputReader().readLine();
		if (!"locked".equals(line)) {
			process.destroyForcibly();
			throw new IllegalStateException("lock holder did not start, said: " + line);
		}
		return new ReadLockHolder(process);
	}

	@Override
	public void close() throws IOException, InterruptedException {
		this.process.getOutputStream().close();
		if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
	}

}
