package io.cryptoviz.simulator.coinpaprika;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * CoinPaprika's id and name for each catalog asset, from the researched table
 * (docs/providers/coinpaprika.md §7.4). Names differ from CoinGecko's where CoinPaprika's
 * do (BNB is "Binance Coin"), so the scraper's matching meets the real pitfalls.
 */
final class PaprikaIdentities {

	/**
	 * CoinPaprika's view of one asset.
	 *
	 * @param id CoinPaprika id
	 * @param name CoinPaprika display name
	 */
	record Identity(String id, String name) {
	}

	private static final Map<String, Identity> BY_COINGECKO_ID = Map.ofEntries(
			Map.entry("bitcoin", new Identity("btc-bitcoin", "Bitcoin")),
			Map.entry("ethereum", new Identity("eth-ethereum", "Ethereum")),
			Map.entry("tether", new Identity("usdt-tether", "Tether")),
			Map.entry("binancecoin", new Identity("bnb-binance-coin", "Binance Coin")),
			Map.entry("ripple", new Identity("xrp-xrp", "XRP")),
			Map.entry("solana", new Identity("sol-solana", "Solana")),
			Map.entry("usd-coin", new Identity("usdc-usd-coin", "USDC")),
			Map.entry("dogecoin", new Identity("doge-dogecoin", "Dogecoin")),
			Map.entry("cardano", new Identity("ada-cardano", "Cardano")),
			Map.entry("tron", new Identity("trx-tron", "TRON")),
			Map.entry("avalanche-2", new Identity("avax-avalanche", "Avalanche")),
			Map.entry("chainlink", new Identity("link-chainlink", "Chainlink")),
			Map.entry("polkadot", new Identity("dot-polkadot", "Polkadot")),
			Map.entry("shiba-inu", new Identity("shib-shiba-inu", "Shiba Inu")),
			Map.entry("litecoin", new Identity("ltc-litecoin", "Litecoin")),
			Map.entry("bitcoin-cash", new Identity("bch-bitcoin-cash", "Bitcoin Cash")),
			Map.entry("stellar", new Identity("xlm-stellar", "Stellar")),
			Map.entry("uniswap", new Identity("uni-uniswap", "Uniswap")),
			Map.entry("near", new Identity("near-near-protocol", "NEAR Protocol")),
			Map.entry("matic-network", new Identity("matic-polygon", "Polygon")),
			Map.entry("hyperliquid", new Identity("hype-hyperliquid", "Hyperliquid")));

	private PaprikaIdentities() {
	}

	/** CoinPaprika's identity of a catalog asset, or null if it lists none. */
	static @Nullable Identity of(String coinGeckoId) {
		return BY_COINGECKO_ID.get(coinGeckoId);
	}

	static int size() {
		return BY_COINGECKO_ID.size();
	}

}
