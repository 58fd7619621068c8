package io.cryptoviz.simulator.requests;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.cryptoviz.simulator.base.SimulatorProperties;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Counts provider requests per endpoint as they arrive and keeps the most recent ones,
 * with their outcome, once they complete.
 */
@Component
class RequestLog {

	private final int capacity;

	private final Map<String, Long> counts = new TreeMap<>();

	private final Deque<Entry> recent = new ArrayDeque<>();

	private long total;

	RequestLog(SimulatorProperties properties) {
		this.capacity = properties.requestLogSize();
	}

	synchronized void arrived(String endpoint) {
		this.counts.merge(endpoint, 1L, Long::sum);
		this.total++;
	}

	synchronized void completed(Entry entry) {
		if (this.recent.size() == this.capacity) {
			this.recent.removeFirst();
		}
		this.recent.addLast(entry);
	}

	synchronized void clear() {
		this.counts.clear();
		this.recent.clear();
		this.total = 0;
	}

	synchronized View view() {
		return new View(this.total, new TreeMap<>(this.counts), new ArrayList<>(this.recent));
	}

	/**
	 * One completed request.
	 *
	 * @param receivedAt wall-clock arrival, for pacing assertions
	 * @param simulatedAt the simulator clock at arrival
	 * @param endpoint method and path template, e.g. {@code GET
	 * /api/v3/coins/{id}/market_chart}
	 * @param path the actual path
	 * @param query the query string, if any
	 * @param status the HTTP status sent
	 * @param durationMs time to respond
	 */
	record Entry(Instant receivedAt, Instant simulatedAt, String endpoint, String path, @Nullable String query,
			int status, long durationMs) {
	}

	/**
	 * Body of {@code GET /admin/requests}.
	 *
	 * @param total requests received since start or the last reset
	 * @param byEndpoint the same, per endpoint
	 * @param recent the latest completed requests, oldest first
	 */
	record View(long total, Map<String, Long> byEndpoint, List<Entry> recent) {
	}

}
