package io.cryptoviz.scraper.coinpaprika;

import java.util.Locale;
import java.util.Map;

import io.cryptoviz.scraper.tracked.IdMatcher;
import io.cryptoviz.scraper.tracked.TrackedAssets;

/**
 * How a CoinPaprika id ({@code btc-bitcoin}) becomes a CoinGecko id. The built-in table
 * is the researched one (docs/providers/coinpaprika.md §7.4); without an entry, a ticker
 * matches a tracked asset when the symbols are equal and either the names are equal
 * (lower case, letters and digits only) or the id after its first '-' is the CoinGecko
 * id, and only when exactly one ticker does. Ids are never built from symbol and name:
 * third-party maps that did so are full of wrong ids.
 */
final class PaprikaIds {

	/** CoinGecko id to CoinPaprika id. */
	static final Map<String, String> BUILT_IN = Map.ofEntries(Map.entry("bitcoin", "btc-bitcoin"),
			Map.entry("ethereum", "eth-ethereum"), Map.entry("tether", "usdt-tether"),
			Map.entry("binancecoin", "bnb-binance-coin"), Map.entry("solana", "sol-solana"),
			Map.entry("ripple", "xrp-xrp"), Map.entry("usd-coin", "usdc-usd-coin"), Map.entry("cardano", "ada-cardano"),
			Map.entry("dogecoin", "doge-dogecoin"), Map.entry("tron", "trx-tron"),
			Map.entry("avalanche-2", "avax-avalanche"), Map.entry("shiba-inu", "shib-shiba-inu"),
			Map.entry("polkadot", "dot-polkadot"), Map.entry("chainlink", "link-chainlink"),
			Map.entry("bitcoin-cash", "bch-bitcoin-cash"), Map.entry("near", "near-near-protocol"),
			Map.entry("matic-network", "matic-polygon"),
			Map.entry("polygon-ecosystem-token", "pol-polygon-ecosystem-token"), Map.entry("litecoin", "ltc-litecoin"),
			Map.entry("uniswap", "uni-uniswap"), Map.entry("stellar", "xlm-stellar"),
			Map.entry("the-open-network", "toncoin-the-open-network"),
			Map.entry("staked-ether", "steth-lido-staked-ether"), Map.entry("wrapped-bitcoin", "wbtc-wrapped-bitcoin"),
			Map.entry("leo-token", "leo-leo-token"), Map.entry("dai", "dai-dai"), Map.entry("monero", "xmr-monero"),
			Map.entry("ethereum-classic", "etc-ethereum-classic"), Map.entry("cosmos", "atom-cosmos"),
			Map.entry("hedera-hashgraph", "hbar-hedera-hashgraph"),
			Map.entry("internet-computer", "icp-internet-computer"), Map.entry("sui", "sui-sui"),
			Map.entry("hyperliquid", "hype-hyperliquid"), Map.entry("aptos", "apt-aptos"),
			Map.entry("pepe", "pepe-pepe"), Map.entry("aave", "aave-new"));

	private PaprikaIds() {
	}

	static IdMatcher matcher(Map<String, String> configured) {
		return new IdMatcher(BUILT_IN, configured, PaprikaIds::sameCoin);
	}

	static boolean sameCoin(TrackedAssets.Asset tracked, IdMatcher.Listing ticker) {
		if (tracked.symbol().isEmpty() || !tracked.symbol().equalsIgnoreCase(ticker.symbol())) {
			return false;
		}
		int dash = ticker.id().indexOf('-');
		String slug = (dash >= 0) ? ticker.id().substring(dash + 1) : "";
		String name = normalized(tracked.name());
		return !name.isEmpty() && name.equals(normalized(ticker.name())) || slug.equals(tracked.id());
	}

	static String normalized(String name) {
		return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
	}

}
