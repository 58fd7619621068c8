package io.cryptoviz.dashboard.multisource;

import java.time.Instant;
import java.util.List;

import io.cryptoviz.dashboard.base.Freshness;
import io.cryptoviz.store.read.Asset;
import io.cryptoviz.dashboard.base.store.StoreOverview;

/**
 * One rendering of the dashboard.
 *
 * @param query the query after defaults and bounds were applied
 * @param catalog every tracked asset, for the crypto filter
 * @param selected the assets shown, in query order
 * @param unknownCryptos ids from the URL that are not tracked
 * @param overview store counts for the KPI cards
 * @param from window start
 * @param to window end
 * @param now when the data was read
 * @param freshness how recent the newest quote is
 * @param activeSources sources that delivered within the stale limit
 * @param charts what to draw
 * @param spreads price gaps between the sources with data, biggest first
 */
public record DashboardData(DashboardQuery query, List<Asset> catalog, List<Asset> selected,
		List<String> unknownCryptos, StoreOverview overview, Instant from, Instant to, Instant now, Freshness freshness,
		long activeSources, List<ChartData> charts, PriceGaps spreads) {

	public DashboardData {
		catalog = List.copyOf(catalog);
		selected = List.copyOf(selected);
		unknownCryptos = List.copyOf(unknownCryptos);
		charts = List.copyOf(charts);
	}

}
