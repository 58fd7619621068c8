package io.cryptoviz.simulator.market;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import io.cryptoviz.simulator.base.SimulatorProperties;

/**
 * The simulated assets, in default market-cap order. Ids, symbols, names, CMC ids and
 * slugs are the providers' real ones; prices are early-2025 levels used as the value of
 * each path at its anchor, volatilities are typical annualised figures. Rows where the
 * CoinMarketCap slug differs from the CoinGecko id (binancecoin/bnb, ripple/xrp,
 * avalanche-2/avalanche, polkadot/polkadot-new, near/near-protocol,
 * matic-network/polygon) and names that differ (Tether vs Tether USDt) are deliberate:
 * they are the identity pitfalls the scraper must handle.
 */
final class AssetCatalog {

	// @formatter:off
	// Columns: cg id | symbol | CG name | CMC id | CMC slug | CMC name | price | volatility | circulating | total | max (- = none)
	//          | turnover | CG image | CMC date_added | market pairs | tags | ERC-20 address (- = coin)
	//          | ath | ath date | atl | atl date | flags (fresh = CG has no 24h deltas yet; roi=<ICO price>)
	private static final String TABLE = """
		bitcoin|BTC|Bitcoin|1|bitcoin|Bitcoin|95000|0.55|19.8e6|19.8e6|21e6|0.03|1|2010-07-13|12000|mineable,pow,sha-256,store-of-value|-|126080|2025-10-06|67.81|2013-07-06|-
		ethereum|ETH|Ethereum|1027|ethereum|Ethereum|3300|0.70|120.7e6|120.7e6|-|0.08|279|2015-08-07|9800|pos,smart-contracts,ethereum-ecosystem|-|4946.05|2025-08-24|0.432979|2015-10-20|roi=0.31
		tether|USDT|Tether|825|tether|Tether USDt|1.0|0.003|185e9|190e9|-|0.45|325|2015-02-25|120000|stablecoin,asset-backed-stablecoin,usd-stablecoin|0xdac17f958d2ee523a2206206994597c13d831ec7|1.32|2018-07-24|0.572521|2015-03-02|-
		binancecoin|BNB|BNB|1839|bnb|BNB|650|0.50|139e6|139e6|200e6|0.02|825|2017-07-25|2000|marketplace,centralized-exchange,bnb-chain|-|1369.99|2025-10-13|0.0398177|2017-10-19|-
		ripple|XRP|XRP|52|xrp|XRP|2.2|0.75|59e9|99.98e9|100e9|0.05|44|2013-08-04|1500|medium-of-exchange,enterprise-solutions|-|3.65|2025-07-18|0.00268621|2014-05-22|-
		solana|SOL|Solana|5426|solana|Solana|190|0.80|520e6|600e6|-|0.06|4128|2020-04-10|900|pos,platform,solana-ecosystem|-|293.31|2025-01-19|0.500801|2020-05-11|-
		usd-coin|USDC|USDC|3408|usd-coin|USDC|1.0|0.003|75e9|75e9|-|0.15|6319|2018-10-08|25000|stablecoin,usd-stablecoin|0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48|1.17|2019-05-08|0.877647|2023-03-11|-
		dogecoin|DOGE|Dogecoin|74|dogecoin|Dogecoin|0.32|0.90|148e9|148e9|-|0.06|5|2013-12-15|1000|mineable,pow,scrypt,memes|-|0.731578|2021-05-08|0.0000869|2015-05-06|-
		cardano|ADA|Cardano|2010|cardano|Cardano|0.90|0.85|35.5e9|45e9|45e9|0.04|975|2017-10-01|1100|dpos,pos,platform|-|3.09|2021-09-02|0.01925275|2020-03-13|-
		tron|TRX|TRON|1958|tron|TRON|0.25|0.55|86e9|86e9|-|0.03|1094|2017-09-13|900|media,payments|-|0.431288|2024-12-03|0.00180434|2017-11-12|-
		avalanche-2|AVAX|Avalanche|5805|avalanche|Avalanche|35|0.85|410e6|450e6|720e6|0.04|12559|2020-07-13|600|defi,smart-contracts,layer-1|-|144.96|2021-11-21|2.8|2020-12-31|-
		chainlink|LINK|Chainlink|1975|chainlink|Chainlink|20|0.85|638e6|1e9|1e9|0.05|877|2017-09-20|1500|platform,defi,oracles|0x514910771af9ca656af840dff83e8264ecf986ca|52.7|2021-05-10|0.148183|2017-11-29|-
		polkadot|DOT|Polkadot|6636|polkadot-new|Polkadot|6.5|0.85|1.54e9|1.54e9|-|0.04|12171|2020-08-19|700|substrate,polkadot,pos|-|54.98|2021-11-04|2.7|2020-08-20|-
		shiba-inu|SHIB|Shiba Inu|5994|shiba-inu|Shiba Inu|0.000021|0.95|589.2e12|589.3e12|-|0.04|11939|2020-08-01|900|memes,ethereum-ecosystem|0x95ad61b0a150d79219dcf64e1e6cc01f0b64c4ce|0.00008616|2021-10-28|0.000000000056366|2020-11-28|-
		litecoin|LTC|Litecoin|2|litecoin|Litecoin|105|0.70|75.5e6|84e6|84e6|0.06|2|2013-04-28|1100|mineable,pow,scrypt,medium-of-exchange|-|410.26|2021-05-10|1.15|2015-01-14|-
		bitcoin-cash|BCH|Bitcoin Cash|1831|bitcoin-cash|Bitcoin Cash|430|0.75|19.8e6|19.8e6|21e6|0.04|780|2017-07-23|800|mineable,pow,sha-256,marketplace|-|3785.82|2017-12-20|76.93|2018-12-16|-
		stellar|XLM|Stellar|512|stellar|Stellar|0.40|0.80|30.5e9|50e9|50e9|0.04|100|2014-08-05|600|medium-of-exchange,enterprise-solutions|-|0.875563|2018-01-03|0.00047612|2015-03-05|-
		uniswap|UNI|Uniswap|7083|uniswap|Uniswap|13|0.90|600e6|1e9|1e9|0.05|12504|2020-09-17|800|decentralized-exchange-dex-token,defi,amm|0x1f9840a85d5af5bf1d1762f925bdaddc4201f984|44.92|2021-05-03|1.03|2020-09-17|-
		near|NEAR|NEAR Protocol|6535|near-protocol|NEAR Protocol|5.0|0.95|1.2e9|1.23e9|-|0.06|10365|2020-08-11|500|platform,ai-big-data,layer-1|-|20.44|2022-01-16|0.526762|2020-11-04|-
		matic-network|MATIC|Polygon|3890|polygon|Polygon|0.45|0.85|9.3e9|10e9|10e9|0.03|4713|2019-04-28|400|pos,platform,layer-2|0x7d1afa7b718fb893db30a3abc0cfc608aacfebb0|2.92|2021-12-27|0.00314376|2019-05-10|-
		hyperliquid|HYPE|Hyperliquid|32196|hyperliquid|Hyperliquid|25|1.10|334e6|1e9|1e9|0.03|50882|2024-11-29|200|defi,derivatives|-|59.3|2025-09-18|3.81|2024-11-29|fresh
		""";
	// @formatter:on

	static final List<Asset> ALL = TABLE.lines()
		.map(String::strip)
		.filter((line) -> !line.isEmpty())
		.map(AssetCatalog::parse)
		.toList();

	static {
		if (ALL.size() != SimulatorProperties.CATALOG_SIZE) {
			throw new IllegalStateException("The catalog holds " + ALL.size() + " assets but CATALOG_SIZE says "
					+ SimulatorProperties.CATALOG_SIZE);
		}
	}

	private AssetCatalog() {
	}

	private static Asset parse(String line) {
		String[] c = line.split("\\|", -1);
		if (c.length != 22) {
			throw new IllegalStateException("Catalog row needs 22 columns: " + line);
		}
		String flags = c[21];
		Double roi = flags.startsWith("roi=") ? Double.valueOf(flags.substring(4)) : null;
		return new Asset(c[0], c[1], c[2], Integer.parseInt(c[3]), c[4], c[5], Double.parseDouble(c[6]),
				Double.parseDouble(c[7]), Double.parseDouble(c[8]), Double.parseDouble(c[9]),
				"-".equals(c[10]) ? null : Double.valueOf(c[10]), Double.parseDouble(c[11]), Integer.parseInt(c[12]),
				LocalDate.parse(c[13]).atStartOfDay(ZoneOffset.UTC).toInstant(), Integer.parseInt(c[14]),
				Arrays.asList(c[15].split(",")), "-".equals(c[16]) ? null : c[16], Double.parseDouble(c[17]),
				LocalDate.parse(c[18]).atStartOfDay(ZoneOffset.UTC).toInstant(), Double.parseDouble(c[19]),
				LocalDate.parse(c[20]).atStartOfDay(ZoneOffset.UTC).toInstant(), "fresh".equals(flags), roi);
	}

}
