package io.cryptoviz.consumer.ingest;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import io.cryptoviz.store.write.QuoteStore;
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

	/** Starts a batch that is decoded piece by piece as its messages arrive. */
	Decoding start() {
		return new Decoding();
	}

	/**
	 * A batch being decoded. Decoding each piece as it arrives lets the raw messages die
	 * young, instead of a whole batch of them surviving into the old generation.
	 */
	final class Decoding implements Consumer<List<String>> {

		private final List<Quote> quotes = new ArrayList<>();

		private final List<String> deadLetters = new ArrayList<>();

		private @Nullable Instant oldest;

		@Override
		public void accept(List<String> messages) {
			for (String message : messages) {
				add(message);
			}
		}

		void add(String message) {
			String reason;
			try {
				Quote quote = QuoteCodec.decode(message);
				reason = QuoteStore.unstorableReason(quote);
				if (reason == null) {
					this.quotes.add(quote);
					if (this.oldest == null || quote.fetchedAt().isBefore(this.oldest)) {
						this.oldest = quote.fetchedAt();
					}
					return;
				}
			}
			catch (MalformedQuoteException ex) {
				reason = Objects.requireNonNullElse(ex.getMessage(), "malformed quote");
			}
			this.deadLetters.add(new DeadLetter(reason, message, BatchDecoder.this.clock.instant()).toJson());
		}

		int size() {
			return this.quotes.size() + this.deadLetters.size();
		}

		Batch batch() {
			return new Batch(size(), this.quotes, this.deadLetters, this.oldest);
		}

	}

}
