package io.cryptoviz.scraper.coinpaprika;

import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Names the tracked assets CoinPaprika has no ticker for, in one bounded line, and only
 * when that set changes: every 5 minutes the same line would bury everything else.
 */
final class UnmatchedLog {

	private static final Logger log = LoggerFactory.getLogger(CoinPaprikaSource.class);

	/** Most ids named, so the line stays one readable line. */
	static final int MAX_NAMED = 10;

	private Set<String> last = Set.of();

	synchronized void report(List<String> unmatched, int trackedCount) {
		Set<String> now = Set.copyOf(unmatched);
		if (now.equals(this.last)) {
			return;
		}
		this.last = now;
		if (unmatched.isEmpty()) {
			log.info("coinpaprika: every tracked asset has a matching ticker again ({} of {})", trackedCount,
					trackedCount);
			return;
		}
		String named = String.join(", ", unmatched.subList(0, Math.min(MAX_NAMED, unmatched.size())))
				+ ((unmatched.size() > MAX_NAMED) ? " and " + (unmatched.size() - MAX_NAMED) + " more" : "");
		log.info("coinpaprika: {} of {} tracked assets have no matching ticker and are left out: {} "
				+ "(add cryptoviz.scraper.sources.coinpaprika.id-overrides.<coingecko-id>=<coinpaprika-id> "
				+ "for a coin CoinPaprika lists under another name)", unmatched.size(), trackedCount, named);
	}

}
