package io.cryptoviz.consumer.ingest;

import java.util.function.ToDoubleFunction;

import io.cryptoviz.consumer.base.ConsumerProperties;
import io.cryptoviz.store.schema.PricesTable;
import io.cryptoviz.store.write.QuoteStore;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Gauges for the queue, processing and dead-letter depths (one LLEN each per scrape) and
 * the total row count, which {@link QuoteStore} keeps up to date without querying the
 * table.
 */
final class IngestMetrics implements MeterBinder {

	private final StringRedisTemplate redis;

	private final ConsumerProperties properties;

	private final QuoteStore store;

	IngestMetrics(StringRedisTemplate redis, ConsumerProperties properties, QuoteStore store) {
		this.redis = redis;
		this.properties = properties;
		this.store = store;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		depth(registry, "cryptoviz.consumer.queue.depth", "Quotes waiting in the shared queue",
				this.properties.keys().queue());
		depth(registry, "cryptoviz.consumer.processing.depth", "Quotes this consumer has taken but not yet stored",
				this.properties.processingKey());
		depth(registry, "cryptoviz.consumer.dead.letter.depth", "Rejected messages kept for inspection",
				this.properties.keys().deadLetter());
		Gauge.builder("cryptoviz.consumer.rows", this.store, rowsOrNaN())
			.description("Rows in " + PricesTable.NAME)
			.register(registry);
	}

	private void depth(MeterRegistry registry, String name, String description, String key) {
		Gauge.builder(name, this.redis, (redis) -> {
			try {
				Long length = redis.opsForList().size(key);
				return (length != null) ? length : Double.NaN;
			}
			catch (RuntimeException ex) {
				return Double.NaN;
			}
		}).description(description).register(registry);
	}

	private static ToDoubleFunction<QuoteStore> rowsOrNaN() {
		return (store) -> (store.rowCount() >= 0) ? store.rowCount() : Double.NaN;
	}

}
