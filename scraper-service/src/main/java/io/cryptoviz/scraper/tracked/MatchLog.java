package io.cryptoviz.scraper.tracked;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.cryptoviz.scraper.base.Names;

/**
 * What one secondary source's matching leaves out, in bounded INFO lines: the tracked
 * assets it has no pair for, whenever that set changes (every cycle the same line would
 * bury everything else), and each pair the price check refused, once a day per pair.
 */
public final class MatchLog {

	private static final Logger log = LoggerFactory.getLogger(MatchLog.class);

	static final Duration REPEAT_REFUSAL = Duration.ofDays(1);

	private final String source;

	private final double maxRatio;

	private final Clock clock;

	private Set<String> lastMissing = Set.of();

	private final Map<String, Instant> refusalsNamed = new HashMap<>();

	public MatchLog(String source, double maxRatio, Clock clock) {
		this.source = source;
		this.maxRatio = maxRatio;
		this.clock = clock;
	}

	public synchronized void report(IdMatcher.Match match, int trackedCount) {
		refusals(match.refused());
		missing(match.unmatched(), trackedCount);
	}

	private void refusals(List<IdMatcher.Refusal> refused) {
		Instant now = this.clock.instant();
		List<String> due = refused.stream().filter((r) -> {
			Instant last = this.refusalsNamed.get(r.coinGeckoId() + "=" + r.providerId());
			return last == null || !now.isBefore(last.plus(REPEAT_REFUSAL));
		}).map((r) -> {
			this.refusalsNamed.put(r.coinGeckoId() + "=" + r.providerId(), now);
			return String.format(Locale.ROOT, "%s as %s (%s is %s, CoinGecko %s: %,.0f× apart)", r.providerId(),
					r.coinGeckoId(), this.source, price(r.price()), price(r.reference()), r.ratio());
		}).toList();
		if (!due.isEmpty()) {
			log.info(
					"{}: refused {} pair(s) whose price is more than {}× CoinGecko's, a different coin under the same "
							+ "id or symbol: {} (named once a day; an id override pairs the right listing)",
					this.source, due.size(), ratio(this.maxRatio), Names.capped(due, Names.FEW));
		}
	}

	private void missing(List<String> unmatched, int trackedCount) {
		Set<String> now = Set.copyOf(unmatched);
		if (now.equals(this.lastMissing)) {
			return;
		}
		this.lastMissing = now;
		if (unmatched.isEmpty()) {
			log.info("{}: every tracked asset has a match again ({} of {})", this.source, trackedCount, trackedCount);
			return;
		}
		log.info(
				"{}: {} of {} tracked assets have no match and are left out: {} (add cryptoviz.scraper.sources.{}"
						+ ".id-overrides.<coingecko-id>=<{}-id> for a coin it lists under another id)",
				this.source, unmatched.size(), trackedCount, Names.capped(unmatched, Names.FEW), this.source,
				this.source);
	}

	private static String price(double value) {
		return "$" + String.format(Locale.ROOT, "%.3g", value);
	}

	private static String ratio(double value) {
		return (value == Math.rint(value)) ? Long.toString((long) value) : Double.toString(value);
	}

}
