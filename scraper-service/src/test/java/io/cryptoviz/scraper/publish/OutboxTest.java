package io.cryptoviz.scraper.publish;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxTest {

	private static List<String> messages(int from, int count) {
		return IntStream.range(from, from + count).mapToObj(Integer::toString).toList();
	}

	@Test
	void overflow_drops_the_oldest_and_counts_them() {
		Outbox outbox = new Outbox(100);

		assertThat(outbox.addAll(messages(0, 80))).isZero();
		assertThat(outbox.addAll(messages(80, 70))).isEqualTo(50);

		assertThat(outbox.take(1000)).isEqualTo(messages(50, 100));
	}

	@Test
	void overflow_while_a_chunk_is_in_flight_still_drops_the_oldest_once_it_is_back() {
		Outbox outbox = new Outbox(100);
		outbox.addAll(messages(0, 80));
		List<String> chunk = outbox.take(1000);

		assertThat(outbox.addAll(messages(80, 70))).isZero();
		assertThat(outbox.putBack(chunk)).isEqualTo(50);

		assertThat(outbox.take(1000)).isEqualTo(messages(50, 100));
	}

	@Test
	void a_delivered_chunk_is_never_counted_as_dropped() {
		Outbox outbox = new Outbox(100);
		outbox.addAll(messages(0, 80));
		outbox.take(1000);
		outbox.addAll(messages(80, 70));

		assertThat(outbox.delivered()).isZero();
		assertThat(outbox.size()).isEqualTo(70);
	}

}
