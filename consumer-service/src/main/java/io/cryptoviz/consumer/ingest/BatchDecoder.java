package io.cryptoviz.consumer.ingest;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.cryptoviz.consumer.storage.QuoteStore;
import io.cryptoviz.model.DeadLetter;
import io.cryptoviz.model.MalformedQuoteException;
import io.cryptoviz.model.Quote;
import io.cryptoviz.model.QuoteCodec;
import org.jspecify.annotations.Nullable;

/**
 * Turns raw queue messages into quotes, and every message that is not a storable quote
 * into a dead letter carrying the reason, so one bad message never blocks the others.
 */
final class BatchDecoder {

	private final Clock clock;

	BatchDecoder(Clock clock) {
		this.clock = clock;
	}

	Batch decode(List<String> messages) {
		List<Quote> quotes = new ArrayList<>(messages.size());
		List<String> deadLetters = new ArrayList<>();
		@Nullable Instant oldest = null;
		for (String message : messages) {
			String reason;
			try {
				Quote quote = QuoteCodec.decode(message);
				reason = QuoteStore.unstorableReason(quote);
				if (reason == null) {
					quotes.add(quote);
					if (oldest == null || quote.fetchedAt().isBefore(oldest)) {
						oldest = quote.fetchedAt();
					}
					continue;
				}
			}
			catch (MalformedQuoteException ex) {
				reason = Objects.requireNonNullElse(ex.getMessage(), "malformed quote");
			}
			deadLetters.add(new DeadLetter(reason, message, this.clock.instant()).toJson());
		}
		return new Batch(messages.size(), quotes, deadLetters, oldest);
	}

}
