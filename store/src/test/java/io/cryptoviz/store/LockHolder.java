package io.cryptoviz.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A separate process that holds a DuckDB connection, read-only as the dashboard does or
 * read-write as the consumer does, until its standard input closes. DuckDB's file lock is
 * per process, so only another process shows the real conflict.
 */
public final class LockHolder implements AutoCloseable {

	private final Process process;

	private LockHolder(Process process) {
		this.process = process;
	}

	public static void main(String[] args) throws SQLException, IOException {
		Properties properties = new Properties();
		if (Boolean.parseBoolean(args[1])) {
			properties.setProperty("duckdb.read_only", "true");
		}
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + args[0], properties)) {
			System.out.println("locked");
			System.out.flush();
			while (System.in.read() != -1) {
				// hold until the parent closes our input
			}
		}
	}

	/** Starts a read-only holder and returns once it holds the lock. */
	public static LockHolder holdReadOnly(Path file) throws IOException {
		return hold(file, true);
	}

	/** Starts a read-write holder and returns once it holds the lock. */
	public static LockHolder holdReadWrite(Path file) throws IOException {
		return hold(file, false);
	}

	private static LockHolder hold(Path file, boolean readOnly) throws IOException {
		String java = ProcessHandle.current().info().command().orElse("java");
		Process process = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp",
				System.getProperty("java.class.path"), LockHolder.class.getName(), file.toAbsolutePath().toString(),
				Boolean.toString(readOnly))
			.redirectError(ProcessBuilder.Redirect.INHERIT)
			.start();
		String line = process.inputReader().readLine();
		if (!"locked".equals(line)) {
			process.destroyForcibly();
			throw new IllegalStateException("lock holder did not start, said: " + line);
		}
		return new LockHolder(process);
	}

	public long pid() {
		return this.process.pid();
	}

	@Override
	public void close() throws IOException, InterruptedException {
		this.process.getOutputStream().close();
		if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
	}

}
