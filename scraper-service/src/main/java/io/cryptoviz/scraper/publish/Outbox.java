package io.cryptoviz.scraper.publish;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Encoded quotes waiting for Redis, oldest first, at most {@code capacity}. A chunk being
 * pushed is taken out and put back at the front if the push fails. While a chunk is in
 * flight its fate is unknown, so overflow is settled only once it is delivered or back:
 * the bound may be exceeded by at most one chunk for that moment, but the quotes dropped
 * are always the oldest.
 */
final class Outbox {

	private final int capacity;

	private final ArrayDeque<String> waiting = new ArrayDeque<>();

	private int inFlight;

	Outbox(int capacity) {
		if (capacity < 1) {
			throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
		}
		this.capacity = capacity;
	}

	/**
	 * @return how many of the oldest messages were dropped to stay within capacity
	 */
	synchronized int addAll(List<String> messages) {
		this.waiting.addAll(messages);
		return trim();
	}

	synchronized List<String> take(int max) {
		List<String> chunk = new ArrayList<>(Math.min(max, this.waiting.size()));
		while (chunk.size() < max && !this.waiting.isEmpty()) {
			chunk.add(this.waiting.pollFirst());
		}
		this.inFlight = chunk.size();
		return chunk;
	}

	/**
	 * Marks the chunk in flight as stored in Redis.
	 * @return how many of the oldest waiting messages were dropped to fit
	 */
	synchronized int delivered() {
		this.inFlight = 0;
		return trim();
	}

	/**
	 * @return how many were dropped because the returned chunk no longer fits
	 */
	synchronized int putBack(List<String> chunk) {
		for (int i = chunk.size() - 1; i >= 0; i--) {
			this.waiting.addFirst(chunk.get(i));
		}
		this.inFlight = 0;
		return trim();
	}

	synchronized int size() {
		return this.waiting.size() + this.inFlight;
	}

	synchronized boolean isEmpty() {
		return this.waiting.isEmpty();
	}

	private int trim() {
		if (this.inFlight > 0) {
			return 0;
		}
		int dropped = 0;
		while (this.waiting.size() > this.capacity) {
			this.waiting.pollFirst();
			dropped++;
		}
		return dropped;
	}

}
