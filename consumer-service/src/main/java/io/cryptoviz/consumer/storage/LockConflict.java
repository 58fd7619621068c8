package io.cryptoviz.consumer.storage;

import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises DuckDB's "another process holds the file" error, which is expected whenever
 * a reader and the writer meet, and names the holder from it.
 */
final class LockConflict {

	// DuckDB: Could not set lock on file "x": Conflicting lock is held in /usr/bin/java
	// (PID 17150). However, ...
	private static final Pattern HOLDER = Pattern.compile("Conflicting lock is held in (.+?\\(PID \\d+\\))");

	private LockConflict() {
	}

	static boolean is(SQLException ex) {
		String message = ex.getMessage();
		return message != null && message.contains("Could not set lock on file");
	}

	static String holder(SQLException ex) {
		String message = ex.getMessage();
		Matcher matcher = HOLDER.matcher(message == null ? "" : message);
		return matcher.find() ? matcher.group(1) : "an unknown process";
	}

}
