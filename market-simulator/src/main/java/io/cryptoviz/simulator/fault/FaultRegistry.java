package io.cryptoviz.simulator.fault;

import java.util.LinkedHashMap;
import java.util.Map;

import io.cryptoviz.model.Source;
import io.cryptoviz.simulator.base.FaultRule;
import io.cryptoviz.simulator.base.Providers;
import io.cryptoviz.simulator.base.SimulatedProvider;
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

	private final Providers providers;

	FaultRegistry(SimulatorProperties properties, Providers providers) {
		this.providers = providers;
		properties.faults().forEach((key, rule) -> {
			SimulatedProvider provider = providers.byKey(key);
			if (provider == null) {
				throw new IllegalStateException("cryptoviz.simulator.faults." + key
						+ " names no simulated provider; the provider keys are " + providers.keys());
			}
			set(provider.source(), rule);
		});
	}

	synchronized void set(Source source, FaultRule rule) {
		this.active.put(source, new Active(rule, rule.count()));
		log.info("Fault set for {}: {}", source.key(), rule.describe());
	}

	synchronized void clear(Source source) {
		if (this.active.remove(source) != null) {
			log.info("Fault cleared for {}", source.key());
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
				log.info("Fault for {} used up: {}", source.key(), current.rule().describe());
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
		for (SimulatedProvider provider : this.providers.all()) {
			Active current = this.active.get(provider.source());
			view.put(provider.key(), (current != null) ? current.view() : null);
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
