package io.cryptoviz.dashboard.multisource;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cryptoviz.dashboard.base.source.CatalogEntry;
import io.cryptoviz.dashboard.base.source.ShippedSources;
import io.cryptoviz.dashboard.base.source.SourceCatalog;
import io.cryptoviz.store.read.Asset;
import io.cryptoviz.store.read.PricePoint;
import io.cryptoviz.store.read.PriceSeries;
import io.cryptoviz.model.Source;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ChartPlansTest {

	static final double TOLERANCE = 1e-9;

	static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

	@Test
	void percent_view_is_the_change_since_the_first_point() {
		List<PricePoint> percent = ChartPlans.percentFromStart(List.of(new PricePoint(T0, 200),
				new PricePoint(T0.plusSeconds(300), 210), new PricePoint(T0.plusSeconds(600), 190)));
		assertThat(percent).extracting(PricePoint::price)
			.containsExactly(0.0, 100 * (210.0 / 200 - 1), 100 * (190.0 / 200 - 1));
	}

	@Test
	void the_gap_is_relative_to_the_mean_of_both_sources_and_only_where_both_exist() {
		List<PricePoint> gap = ChartPlans.gap(
				List.of(new PricePoint(T0, 100), new PricePoint(T0.plusSeconds(300), 100)),
				List.of(new PricePoint(T0, 102), new PricePoint(T0.plusSeconds(600), 99)));
		assertThat(gap).hasSize(1);
		assertThat(gap.getFirst().price()).isCloseTo(100 * (102.0 - 100) / ((102.0 + 100) / 2), within(TOLERANCE));
	}

	static final Instant T1 = T0.plusSeconds(300);

	static final Instant T2 = T0.plusSeconds(600);

	static final Asset BITCOIN = new Asset("bitcoin", "BTC", "Bitcoin", 1.9e12,
			Set.of(Source.COINGECKO, Source.COINMARKETCAP, Source.COINPAPRIKA), T2);

	@Test
	void with_three_sources_the_spread_is_the_highest_minus_the_lowest_relative_to_their_median() {
		List<PricePoint> spread = ChartPlans
			.medianSpread(List.of(List.of(new PricePoint(T0, 100), new PricePoint(T1, 50)),
					List.of(new PricePoint(T0, 103), new PricePoint(T2, 60)),
					List.of(new PricePoint(T0, 101), new PricePoint(T1, 52))));
		assertThat(spread).extracting(PricePoint::time).containsExactly(T0, T1);
		assertThat(spread.get(0).price()).isCloseTo(100 * (103.0 - 100) / 101, within(TOLERANCE));
		assertThat(spread.get(1).price()).isCloseTo(100 * (52.0 - 50) / ((50.0 + 52) / 2), within(TOLERANCE));
	}

	@Test
	void the_comparison_draws_each_source_in_its_colour_then_the_spread_against_the_median() {
		SourceCatalog catalog = ShippedSources.catalog();
		List<PriceSeries> series = List.of(
				new PriceSeries("bitcoin", Source.COINGECKO, List.of(new PricePoint(T0, 100))),
				new PriceSeries("bitcoin", Source.COINMARKETCAP, List.of(new PricePoint(T0, 103))),
				new PriceSeries("bitcoin", Source.COINPAPRIKA, List.of(new PricePoint(T0, 101))));
		ChartData chart = ChartPlans.plan(DisplayMode.COMPARE, List.of(BITCOIN), series, catalog).getFirst();
		assertThat(chart.lines()).extracting(ChartData.Line::name)
			.containsExactly("CoinGecko", "CoinMarketCap", "CoinPaprika", "");
		assertThat(chart.lines().subList(0, 3)).extracting(ChartData.Line::color)
			.containsExactlyElementsOf(catalog.entries().stream().map(CatalogEntry::color).toList());
		assertThat(chart.lines().getLast().spread()).isEqualTo(SpreadMethod.MEDIAN);
		assertThat(chart.lines().getLast().points()).extracting(PricePoint::price)
			.containsExactly(100 * (103.0 - 100) / 101);
	}

	@Test
	void with_exactly_two_sources_the_comparison_keeps_the_signed_gap_between_them() {
		List<PriceSeries> series = List.of(
				new PriceSeries("bitcoin", Source.COINGECKO, List.of(new PricePoint(T0, 100))),
				new PriceSeries("bitcoin", Source.COINMARKETCAP, List.of(new PricePoint(T0, 98))));
		ChartData chart = ChartPlans.plan(DisplayMode.COMPARE, List.of(BITCOIN), series, ShippedSources.catalog())
			.getFirst();
		assertThat(chart.lines()).extracting(ChartData.Line::name)
			.containsExactly("CoinGecko", "CoinMarketCap", "CMC vs CG");
		assertThat(chart.lines().getLast().spread()).isEqualTo(SpreadMethod.PAIR);
		assertThat(chart.lines().getLast().points().getFirst().price()).isCloseTo(100 * (98.0 - 100) / 99,
				within(TOLERANCE));
	}

	@Test
	void the_gap_table_compares_three_sources_against_their_median_and_two_as_a_signed_pair() {
		SpreadRow three = SpreadRow.of(BITCOIN, List.of(Source.COINGECKO, Source.COINMARKETCAP, Source.COINPAPRIKA),
				SpreadMethod.MEDIAN,
				Map.of(Source.COINGECKO, 100.0, Source.COINMARKETCAP, 103.0, Source.COINPAPRIKA, 101.0));
		assertThat(three.gap()).isCloseTo(3.0, within(TOLERANCE));
		assertThat(three.gapPercent()).isCloseTo(100 * 3.0 / 101, within(TOLERANCE));
		SpreadRow two = SpreadRow.of(BITCOIN, List.of(Source.COINGECKO, Source.COINMARKETCAP), SpreadMethod.PAIR,
				Map.of(Source.COINGECKO, 100.0, Source.COINMARKETCAP, 98.0));
		assertThat(two.gap()).isCloseTo(-2.0, within(TOLERANCE));
		assertThat(two.gapPercent()).isCloseTo(100 * -2.0 / 99, within(TOLERANCE));
		SpreadRow one = SpreadRow.of(BITCOIN, List.of(Source.COINGECKO, Source.COINMARKETCAP, Source.COINPAPRIKA),
				SpreadMethod.MEDIAN, Map.of(Source.COINPAPRIKA, 101.0));
		assertThat(one.gapPercent()).isNull();
		assertThat(one.price(Source.COINPAPRIKA)).isEqualTo(101.0);
	}

}
