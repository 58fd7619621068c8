package io.cryptoviz.simulator.fault;

import java.util.LinkedHashMap;
import java.util.Map;

import io.cryptoviz.model.Source;
import io.cryptoviz.simulator.base.FaultRule;
import io.cryptoviz.simulator.base.Providers;
import io.cryptoviz.simulator.base.SimulatorProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The fault active per provider, at most one each. A counted fault is used up by the
 * requests it hits; an uncounted one stays until cleared.
 */
@Component
class FaultRegistry {

	private static final Logger log = LoggerFactory.getLogger(FaultRegistry.class);

	private final Map<Source, Active> active = new java.util.HashMap<>();

	FaultRegistry(SimulatorProperties properties) {
		SimulatorProperties.Faults configured = properties.faults();
		if (configured.coingecko() != null) {
			set(Source.COINGECKO, configured.coingecko());
		}
		if (configured.coinmarketcap() != null) {
			set(Source.COINMARKETCAP, configured.coinmarketcap());
		}
		if (configured.coinpaprika() != null) {
			set(Source.COINPAPRIKA, configured.coinpaprika());
		}
	}

	synchronized void set(Source source, FaultRule rule) {
		this.active.put(source, new Active(rule, rule.count()));
		log.info("Fault set for {}: {}", Providers.key(source), rule.describe());
	}

	synchronized void clear(Source source) {
		if (this.active.remove(source) != null) {
			log.info("Fault cleared for {}", Providers.key(source));
		}
	}

	/** The fault this request gets, if any; counts it against the fault's budget. */
	synchronized @Nullable FaultRule take(Source source, String path) {
		Active current = this.active.get(source);
		if (current == null || (current.rule().path() != null && !path.startsWith(current.rule().path()))) {
			return null;
		}
		if (current.remaining() != null) {
			int left = current.remaining() - 1;
			if (left == 0) {
				this.active.remove(source);
				log.info("Fault for {} used up: {}", Providers.key(source), current.rule().describe());
			}
			else {
				this.active.put(source, new Active(current.rule(), left));
			}
		}
		return current.rule();
	}

	/** The active faults by provider key, with their remaining counts. */
	synchronized Map<String, @Nullable Object> describe() {
		Map<String, @Nullable Object> view = new LinkedHashMap<>();
		for (Source source : Providers.ALL) {
			Active current = this.active.get(source);
			view.put(Providers.key(source), (current != null) ? current.view() : null);
		}
		return view;
	}

	private record Active(FaultRule rule, @Nullable Integer remaining) {

		Map<String, @Nullable Object> view() {
			Map<String, @Nullable Object> view = new LinkedHashMap<>();
			view.put("fault", this.rule.fault().name());
			view.put("remaining", this.remaining);
			view.put("retryAfterSeconds", this.rule.retryAfterOrDefault().toSeconds());
			view.put("delay", this.rule.delayOrDefault().toString());
			view.put("status", this.rule.statusOrDefault());
			view.put("path", this.rule.path());
			view.put("description", this.rule.describe());
			return view;
		}

	}

}
