package io.cryptoviz.store.file;

import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises DuckDB's "the file is held elsewhere" errors, expected whenever a reader and
 * the writer meet, and names the holder. The one place that knows DuckDB's wording, for
 * the consumer, the stats command and the dashboard alike.
 */
public final class LockConflict {

	// Another process holds the file (DuckDB's file lock is per process):
	// IO Error: Could not set lock on file "x": Conflicting lock is held in /usr/bin/java
	// (PID 17150). However, ...
	private static final String OTHER_PROCESS = "Could not set lock on file";

	private static final Pattern HOLDER = Pattern.compile("Conflicting lock is held in (.+?\\(PID \\d+\\))");

	// This JVM already has the file open with the other access mode (tests, benchmarks):
	// Can't open a connection to same database file with a different configuration than
	// existing connections
	private static final String THIS_PROCESS = "different configuration than existing connections";

	// Two connections of this JVM attaching the same file at the same moment (a test's
	// reader racing the writer): Binder Error: Unique file handle conflict: Cannot attach
	// "x" - the database file "..." is already attached by database "x"
	private static final String THIS_PROCESS_RACE = "Unique file handle conflict";

	private LockConflict() {
	}

	/**
	 * @param ex what opening the file threw
	 * @return whether another connection holds the file, so waiting can help
	 */
	public static boolean is(SQLException ex) {
		String message = ex.getMessage();
		return message != null && (message.contains(OTHER_PROCESS) || message.contains(THIS_PROCESS)
				|| message.contains(THIS_PROCESS_RACE));
	}

	/**
	 * @param ex a lock conflict
	 * @return the holding process as DuckDB names it, with its PID
	 */
	public static String holder(SQLException ex) {
		String message = (ex.getMessage() == null) ? "" : ex.getMessage();
		if (message.contains(THIS_PROCESS) || message.contains(THIS_PROCESS_RACE)) {
			return "this process (PID " + ProcessHandle.current().pid() + ")";
		}
		Matcher matcher = HOLDER.matcher(message);
		return matcher.find() ? matcher.group(1) : "an unknown process";
	}

}
