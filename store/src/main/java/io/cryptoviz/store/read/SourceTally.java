package io.cryptoviz.store.read;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import io.cryptoviz.model.Source;
import io.cryptoviz.store.schema.PricesTable;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exact row counts and time range per source, kept up to date incrementally.
 * <p>
 * Counting per source means scanning the whole table (about 250 ms on 21M rows here), and
 * the consumer only ever appends, stamping each flush with {@code ingested_at}. So after
 * one full count this adds only rows ingested since, which DuckDB finds through the zone
 * maps of the append-ordered {@code ingested_at} column. {@code count(*)} of the whole
 * table comes from metadata; if it ever disagrees with the tally (rows deleted, file
 * replaced) the tally is rebuilt from scratch.
 * <p>
 * Rows whose source is not among the {@link KnownSources} are tallied apart, so the sum
 * still matches {@code count(*)}, and left out of the counts; each such name is logged
 * once.
 */
public final class SourceTally {

	private static final Logger log = LoggerFactory.getLogger(SourceTally.class);

	private static final String PER_SOURCE = """
			SELECT source, count(*), min(timestamp), max(timestamp), max(ingested_at)
			FROM %s %s GROUP BY source""";

	private @Nullable State state;

	private final Set<String> reportedUnknown = new HashSet<>();

	private final KnownSources known;

	SourceTally(KnownSources known) {
		this.known = known;
	}

	synchronized Map<Source, Counts> read(Connection connection) throws SQLException {
		long total = total(connection);
		State current = this.state;
		if (current != null && total == current.total()) {
			return current.counts();
		}
		// Without a watermark nothing was ingested at the last count, so the full scan
		// below reads no more than an incremental one would.
		if (current != null && current.ingestedUpTo() != null && total > current.total()) {
			State updated = current.plus(scan(connection, current.ingestedUpTo()), total, this.known);
			if (updated.sum() == total) {
				this.state = updated;
				return updated.counts();
			}
		}
		long started = System.nanoTime();
		State rebuilt = State.EMPTY.plus(scan(connection, null), total, this.known);
		log.info("Counted {} rows per source in {} ms", rebuilt.sum(), (System.nanoTime() - started) / 1_000_000);
		this.state = rebuilt;
		return rebuilt.counts();
	}

	private static long total(Connection connection) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM " + PricesTable.NAME);
				ResultSet rows = statement.executeQuery()) {
			rows.next();
			return rows.getLong(1);
		}
	}

	/**
	 * @return per stored source name, the rows ingested after the watermark (all if null)
	 */
	private Map<String, Delta> scan(Connection connection, @Nullable Instant ingestedAfter) throws SQLException {
		String sql = PER_SOURCE.formatted(PricesTable.NAME, (ingestedAfter == null) ? "" : "WHERE ingested_at > ?");
		Map<String, Delta> deltas = new HashMap<>();
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			if (ingestedAfter != null) {
				Sql.bind(statement, 1, ingestedAfter);
			}
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					String source = rows.getString(1);
					if (!this.known.contains(source) && this.reportedUnknown.add(source)) {
						log.warn("Leaving out rows whose source is '{}': this dashboard knows only {}", source,
								this.known.names());
					}
					deltas.put(source, new Delta(rows.getLong(2), Sql.instant(rows, 3), Sql.instant(rows, 4),
							Sql.instant(rows, 5)));
				}
			}
		}
		return deltas;
	}

	/**
	 * @param records rows of this source
	 * @param first oldest quote timestamp
	 * @param newest newest quote timestamp
	 */
	public record Counts(long records, Instant first, Instant newest) {
	}

	private record Delta(long records, Instant first, Instant newest, Instant ingestedUpTo) {
	}

	/**
	 * @param counts per known source
	 * @param unknown rows of sources not among the known ones
	 * @param ingestedUpTo newest {@code ingested_at} counted, or null while no row was
	 * @param total rows in the table when counted
	 */
	private record State(Map<Source, Counts> counts, long unknown, @Nullable Instant ingestedUpTo, long total) {

		static final State EMPTY = new State(Map.of(), 0, null, 0);

		State plus(Map<String, Delta> deltas, long newTotal, KnownSources known) {
			Map<Source, Counts> merged = new java.util.TreeMap<>();
			merged.putAll(this.counts);
			long unknownRows = this.unknown;
			Instant upTo = this.ingestedUpTo;
			for (Map.Entry<String, Delta> entry : deltas.entrySet()) {
				Delta delta = entry.getValue();
				upTo = (upTo == null) ? delta.ingestedUpTo() : max(upTo, delta.ingestedUpTo());
				if (!known.contains(entry.getKey())) {
					unknownRows += delta.records();
					continue;
				}
				Source source = Source.of(entry.getKey());
				Counts before = merged.get(source);
				merged.put(source,
						(before == null) ? new Counts(delta.records(), delta.first(), delta.newest())
								: new Counts(before.records() + delta.records(), min(before.first(), delta.first()),
										max(before.newest(), delta.newest())));
			}
			return new State(Map.copyOf(merged), unknownRows, upTo, newTotal);
		}

		long sum() {
			return this.counts.values().stream().mapToLong(Counts::records).sum() + this.unknown;
		}

		private static Instant min(Instant a, Instant b) {
			return a.isBefore(b) ? a : b;
		}

		private static Instant max(Instant a, Instant b) {
			return a.isAfter(b) ? a : b;
		}

	}

}
