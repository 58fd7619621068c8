package io.cryptoviz.consumer.ingest;

import java.time.Instant;
import java.util.List;

import io.cryptoviz.model.Quote;
import org.jspecify.annotations.Nullable;

/**
 * One batch taken from the processing list, decoded.
 *
 * @param size messages taken, good and bad; the count to acknowledge
 * @param quotes the messages that decoded to storable quotes
 * @param deadLetters {@code DeadLetter.toJson()} entries for the others
 * @param oldestFetchedAt the earliest {@code fetchedAt} among the quotes, for the lag
 */
record Batch(int size, List<Quote> quotes, List<String> deadLetters, @Nullable Instant oldestFetchedAt) {

	Batch {
		if (size != quotes.size() + deadLetters.size()) {
			throw new IllegalArgumentException("size " + size + " must equal quotes " + quotes.size()
					+ " plus dead letters " + deadLetters.size());
		}
	}

}
