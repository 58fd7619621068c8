package io.cryptoviz.dashboard.home;

import java.time.Clock;
import java.time.Instant;

import io.cryptoviz.dashboard.base.DashboardSettings;
import io.cryptoviz.dashboard.base.Freshness;
import io.cryptoviz.dashboard.base.pipeline.PipelineProbe;
import io.cryptoviz.dashboard.base.store.MarketData;
import io.cryptoviz.dashboard.base.store.StoreOverview;
import io.cryptoviz.dashboard.base.store.StoreResult;

import org.springframework.stereotype.Service;

/** Gathers the system status for the home page. */
@Service
public class HomeService {

	private final PipelineProbe pipeline;

	private final MarketData market;

	private final Clock clock;

	private final DashboardSettings.Freshness limits;

	HomeService(PipelineProbe pipeline, MarketData market, Clock clock, DashboardSettings settings) {
		this.pipeline = pipeline;
		this.market = market;
		this.clock = clock;
		this.limits = settings.freshness();
	}

	/**
	 * @return Redis, store and freshness, as of now
	 */
	public HomeStatus status() {
		Instant now = this.clock.instant();
		StoreResult<StoreOverview> store = this.market.overview();
		Freshness freshness = (store instanceof StoreResult.Ready<StoreOverview>(StoreOverview o))
				? Freshness.of(o.newest(), now, this.limits) : Freshness.STALE;
		long active = store.map(o -> o.activeSources(now, this.limits.stale())).orElse(0L);
		return new HomeStatus(this.pipeline.status(), store, now, freshness, active);
	}

}
