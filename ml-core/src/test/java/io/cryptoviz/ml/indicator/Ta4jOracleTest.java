package io.cryptoviz.ml.indicator;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.IntToDoubleFunction;

import io.cryptoviz.ml.TestSeries;
import io.cryptoviz.ml.series.PriceSeries;
import org.junit.jupiter.api.Test;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.indicators.EMAIndicator;
import org.ta4j.core.indicators.MACDIndicator;
import org.ta4j.core.indicators.RSIIndicator;
import org.ta4j.core.indicators.SMAIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsLowerIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsMiddleIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsUpperIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.indicators.statistics.StandardDeviationIndicator;
import org.ta4j.core.num.DoubleNum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * ta4j 0.17 as an independent oracle on 2,000 real BTCUSDT 5-minute closes. ta4j seeds
 * differently (partial windows for SMA and σ, the first price for EMA and RSI), so the
 * comparison starts once the seed's weight is negligible: at the first full window for
 * the window-based indicators, after 300 bars for the recursive ones ((13/14)^300 ≈
 * 2e-10).
 */
class Ta4jOracleTest {

	private static final double TOLERANCE = 1e-6;

	private static final int RECURSIVE_WARM_UP = 300;

	private static final PriceSeries PRICES = TestSeries.btc(2000);

	private static final BarSeries BARS = bars(PRICES);

	private static final ClosePriceIndicator CLOSE = new ClosePriceIndicator(BARS);

	private final Indicator price = Indicators.price(PRICES);

	@Test
	void sma_20_matches_ta4j_after_the_first_full_window() {
		assertMatches(Indicators.sma(this.price, 20), new SMAIndicator(CLOSE, 20)::getValue, 19);
	}

	@Test
	void ema_12_matches_ta4j_once_the_seed_has_faded() {
		assertMatches(Indicators.ema(this.price, 12), new EMAIndicator(CLOSE, 12)::getValue, RECURSIVE_WARM_UP);
	}

	@Test
	void rsi_14_matches_ta4j_once_the_seed_has_faded() {
		assertMatches(Indicators.rsi(this.price, 14), new RSIIndicator(CLOSE, 14)::getValue, RECURSIVE_WARM_UP);
	}

	@Test
	void macd_12_26_9_matches_ta4j_once_the_seeds_have_faded() {
		var macd = Indicators.macd(this.price, 12, 26, 9);
		var oracle = new MACDIndicator(CLOSE, 12, 26);
		assertMatches(macd.line(), oracle::getValue, RECURSIVE_WARM_UP);
		assertMatches(macd.signal(), oracle.getSignalLine(9)::getValue, RECURSIVE_WARM_UP);
		assertMatches(macd.histogram(), oracle.getHistogram(9)::getValue, RECURSIVE_WARM_UP);
	}

	@Test
	void bollinger_20_2_matches_ta4j_population_bands_after_the_first_full_window() {
		var bands = Indicators.bollinger(this.price, 20, 2);
		var middle = new BollingerBandsMiddleIndicator(new SMAIndicator(CLOSE, 20));
		var sigma = new StandardDeviationIndicator(CLOSE, 20);
		assertMatches(bands.middle(), middle::getValue, 19);
		assertMatches(bands.upper(), new BollingerBandsUpperIndicator(middle, sigma, BARS.numOf(2))::getValue, 19);
		assertMatches(bands.lower(), new BollingerBandsLowerIndicator(middle, sigma, BARS.numOf(2))::getValue, 19);
	}

	private static void assertMatches(Indicator ours, java.util.function.IntFunction<org.ta4j.core.num.Num> theirs,
			int from) {
		IntToDoubleFunction oracle = (i) -> theirs.apply(i).doubleValue();
		for (int i = from; i < PRICES.size(); i++) {
			assertThat(ours.value(i)).as("index %d", i).isCloseTo(oracle.applyAsDouble(i), within(TOLERANCE));
		}
	}

	private static BarSeries bars(PriceSeries prices) {
		BarSeries bars = new BaseBarSeriesBuilder().withNumTypeOf(DoubleNum.class).build();
		for (int i = 0; i < prices.size(); i++) {
			double close = prices.price(i);
			bars.addBar(Instant.ofEpochMilli(prices.epochMillis(i)).atZone(ZoneOffset.UTC), close, close, close, close,
					1);
		}
		return bars;
	}

}
