package io.cryptoviz.scraper.coingecko;

import java.util.List;

import tools.jackson.core.type.TypeReference;

import io.cryptoviz.scraper.base.JsonBodies;
import io.cryptoviz.scraper.base.ResilientHttp;

/**
 * The two CoinGecko endpoints the scraper reads, on top of {@link ResilientHttp} (which
 * already carries the key header, the rate limiter and the retries).
 */
public final class CoinGeckoClient {

	private static final TypeReference<List<CoinGeckoMarket>> MARKETS = new TypeReference<>() {
	};

	private static final TypeReference<CoinGeckoChart> CHART = new TypeReference<>() {
	};

	private final ResilientHttp http;

	private final boolean enabled;

	CoinGeckoClient(ResilientHttp http, boolean enabled) {
		this.http = http;
		this.enabled = enabled;
	}

	/** False when CoinGecko is switched off, so nothing else may call it either. */
	public boolean enabled() {
		return this.enabled;
	}

	/** The first {@code count} coins by market cap. */
	List<CoinGeckoMarket> topByMarketCap(int count) throws InterruptedException {
		byte[] body = this.http
			.get("/coins/markets?vs_currency=usd&order=market_cap_desc&per_page=" + count + "&page=1");
		return JsonBodies.read(body, MARKETS, "coingecko markets");
	}

	/** The given coins; ids CoinGecko does not know are simply absent. */
	List<CoinGeckoMarket> markets(List<String> ids) throws InterruptedException {
		// RestClient encodes the URI template itself; encoding here would double-encode.
		String joined = String.join(",", ids);
		byte[] body = this.http.get("/coins/markets?vs_currency=usd&ids=" + joined + "&order=market_cap_desc&per_page="
				+ Math.max(1, ids.size()) + "&page=1");
		return JsonBodies.read(body, MARKETS, "coingecko markets");
	}

	/**
	 * History of one coin: 5-minute points for {@code days=1}, hourly for 2..90 days.
	 */
	public CoinGeckoChart marketChart(String id, int days) throws InterruptedException {
		String path = "/coins/" + id + "/market_chart?vs_currency=usd&days=" + days;
		return JsonBodies.read(this.http.get(path), CHART, "coingecko market_chart " + id);
	}

}
