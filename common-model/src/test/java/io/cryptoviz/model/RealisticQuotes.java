package io.cryptoviz.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded quotes shaped like a stream of real polls: the top 40 coins from both sources,
 * prices from a fraction of a cent to six figures with the digits each upstream API
 * gives, timestamps at each source's precision, and now and then the nulls the providers
 * return.
 */
final class RealisticQuotes {

	private static final Coin[] COINS = { new Coin("bitcoin", "btc", "Bitcoin", 97123.45),
			new Coin("ethereum", "eth", "Ethereum", 3621.8), new Coin("tether", "usdt", "Tether", 1.0002),
			new Coin("ripple", "xrp", "XRP", 2.31), new Coin("binancecoin", "bnb", "BNB", 712.4),
			new Coin("solana", "sol", "Solana", 238.9), new Coin("usd-coin", "usdc", "USDC", 0.99981),
			new Coin("dogecoin", "doge", "Dogecoin", 0.4012), new Coin("cardano", "ada", "Cardano", 1.05),
			new Coin("tron", "trx", "TRON", 0.2054), new Coin("wrapped-bitcoin", "wbtc", "Wrapped Bitcoin", 97050.0),
			new Coin("shiba-inu", "shib", "Shiba Inu", 2.534e-05), new Coin("avalanche-2", "avax", "Avalanche", 44.7),
			new Coin("chainlink", "link", "Chainlink", 23.61), new Coin("the-open-network", "ton", "Toncoin", 5.82),
			new Coin("polkadot", "dot", "Polkadot", 9.13), new Coin("bitcoin-cash", "bch", "Bitcoin Cash", 512.3),
			new Coin("staked-ether", "steth", "Lido Staked Ether", 3619.2),
			new Coin("litecoin", "ltc", "Litecoin", 118.4), new Coin("uniswap", "uni", "Uniswap", 13.71),
			new Coin("dai", "dai", "Dai", 1.0001), new Coin("near", "near", "NEAR Protocol", 6.92),
			new Coin("pepe", "pepe", "Pepe", 1.981e-05),
			new Coin("internet-computer", "icp", "Internet Computer", 12.05),
			new Coin("ethereum-classic", "etc", "Ethereum Classic", 33.4), new Coin("monero", "xmr", "Monero", 198.6),
			new Coin("stellar", "xlm", "Stellar", 0.4731), new Coin("okb", "okb", "OKB", 52.8),
			new Coin("hedera-hashgraph", "hbar", "Hedera", 0.3012),
			new Coin("crypto-com-chain", "cro", "Cronos", 0.1923), new Coin("filecoin", "fil", "Filecoin", 6.74),
			new Coin("cosmos", "atom", "Cosmos Hub", 9.88), new Coin("aptos", "apt", "Aptos", 12.41),
			new Coin("arbitrum", "arb", "Arbitrum", 1.02), new Coin("vechain", "vet", "VeChain", 0.0541),
			new Coin("maker", "mkr", "Maker", 1830.0), new Coin("render-token", "rndr", "Render", 8.95),
			new Coin("injective-protocol", "inj", "Injective", 31.2), new Coin("optimism", "op", "Optimism", 2.46),
			new Coin("the-graph", "grt", "The Graph", 0.2471) };

	private RealisticQuotes() {
	}

	/** {@code count} quotes of one poll after another, both sources, in a fixed order. */
	static List<Quote> quotes(long seed, int count) {
		Random random = new Random(seed);
		double[] prices = new double[COINS.length];
		for (int coin = 0; coin < COINS.length; coin++) {
			prices[coin] = COINS[coin].price();
		}
		List<Quote> quotes = new ArrayList<>(count);
		Instant poll = Instant.parse("2026-11-25T10:00:00Z");
		while (quotes.size() < count) {
			for (int i = 0; i < COINS.length * 2 && quotes.size() < count; i++) {
				int coin = i / 2;
				prices[coin] *= 1 + random.nextGaussian() * 0.002;
				quotes.add(quote(random, COINS[coin], prices[coin],
						(i % 2 == 0) ? Source.COINGECKO : Source.COINMARKETCAP, poll));
			}
			poll = poll.plusSeconds(300);
		}
		return quotes;
	}

	static List<String> encoded(long seed, int count) {
		return quotes(seed, count).stream().map(QuoteCodec::encode).toList();
	}

	private static Quote quote(Random random, Coin coin, double price, Source source, Instant poll) {
		// CoinGecko sends prices to 8 significant digits and whole dollars for market
		// cap and volume; CoinMarketCap sends full doubles for all three.
		boolean coinGecko = source == Source.COINGECKO;
		double sent = coinGecko ? significant(price, 8) : price;
		double marketCap = sent * 1e6 * Math.pow(10, random.nextDouble(0, 6));
		double volume = marketCap * random.nextDouble(0.01, 0.3);
		Double change = (random.nextInt(30) == 0) ? null : significant(random.nextGaussian() * 3, 6);
		// CoinMarketCap's last_updated is whole seconds; the scraper's clock reads µs.
		Instant updated = poll.minusMillis(random.nextInt(60_000));
		Instant sourceTimestamp = coinGecko ? updated : Instant.ofEpochSecond(updated.getEpochSecond());
		Instant fetchedAt = poll.plusNanos(random.nextInt(2_000_000) * 1_000L);
		String name = (!coinGecko && coin.id().equals("tether")) ? "Tether USDt" : coin.name();
		return new Quote(coin.id(), coin.symbol(), name, sent, change,
				(random.nextInt(20) == 0) ? null : coinGecko ? Math.rint(marketCap) : marketCap,
				(random.nextInt(50) == 0) ? null : coinGecko ? Math.rint(volume) : volume, source, sourceTimestamp,
				fetchedAt);
	}

	private static double significant(double value, int digits) {
		return new BigDecimal(value).round(new MathContext(digits)).doubleValue();
	}

	private record Coin(String id, String symbol, String name, double price) {
	}

}
