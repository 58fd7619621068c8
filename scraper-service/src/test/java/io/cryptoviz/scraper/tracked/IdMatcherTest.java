package io.cryptoviz.scraper.tracked;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdMatcherTest {

	private static final IdMatcher.Rule SAME_SYMBOL = (tracked, listing) -> tracked.symbol().equals(listing.symbol());

	private static TrackedAssets.Asset asset(String id, String symbol) {
		return new TrackedAssets.Asset(id, symbol, id);
	}

	private static IdMatcher.Listing listing(String id, String symbol) {
		return new IdMatcher.Listing(id, symbol, id);
	}

	@Test
	void the_override_decides_before_the_rule() {
		IdMatcher matcher = new IdMatcher(Map.of("toncoin", "ton-b"), Map.of(), SAME_SYMBOL);

		IdMatcher.Match match = matcher.match(List.of(asset("toncoin", "TON")),
				List.of(listing("ton-a", "TON"), listing("ton-b", "TON")));

		assertThat(match.byProviderId()).containsExactly(Map.entry("ton-b", "toncoin"));
		assertThat(match.unmatched()).isEmpty();
	}

	@Test
	void a_configured_entry_replaces_the_built_in_one() {
		IdMatcher matcher = new IdMatcher(Map.of("toncoin", "ton-b"), Map.of("toncoin", "ton-a"), SAME_SYMBOL);

		assertThat(matcher.overrideOf("toncoin")).isEqualTo("ton-a");
		assertThat(matcher.reverse("ton-a")).isEqualTo("toncoin");
		assertThat(matcher.reverse("ton-b")).isNull();
	}

	@Test
	void an_id_the_table_gives_to_one_asset_is_never_paired_with_another_by_the_rule() {
		IdMatcher matcher = new IdMatcher(Map.of("bitcoin", "btc-bitcoin"), Map.of(), SAME_SYMBOL);

		IdMatcher.Match match = matcher.match(List.of(asset("bitcoin-clone", "BTC")),
				List.of(listing("btc-bitcoin", "BTC")));

		assertThat(match.byProviderId()).isEmpty();
		assertThat(match.unmatched()).containsExactly("bitcoin-clone");
	}

	@Test
	void two_candidates_are_ambiguous_and_none_is_taken() {
		IdMatcher matcher = new IdMatcher(Map.of(), Map.of(), SAME_SYMBOL);

		IdMatcher.Match match = matcher.match(List.of(asset("alpha", "ABC")),
				List.of(listing("abc-1", "ABC"), listing("abc-2", "ABC")));

		assertThat(match.byProviderId()).isEmpty();
		assertThat(match.unmatched()).containsExactly("alpha");
	}

	@Test
	void an_overridden_id_missing_from_the_listings_leaves_the_asset_unmatched() {
		IdMatcher matcher = new IdMatcher(Map.of("bitcoin", "btc-bitcoin"), Map.of(), SAME_SYMBOL);

		IdMatcher.Match match = matcher.match(List.of(asset("bitcoin", "BTC"), asset("ether", "ETH")),
				List.of(listing("eth-ether", "ETH")));

		assertThat(match.byProviderId()).containsExactly(Map.entry("eth-ether", "ether"));
		assertThat(match.unmatched()).containsExactly("bitcoin");
	}

	@Test
	void one_listing_is_paired_with_one_asset_at_most() {
		IdMatcher matcher = new IdMatcher(Map.of(), Map.of(), SAME_SYMBOL);

		IdMatcher.Match match = matcher.match(List.of(asset("a", "X"), asset("b", "X")), List.of(listing("x-1", "X")));

		assertThat(match.byProviderId()).containsExactly(Map.entry("x-1", "a"));
		assertThat(match.unmatched()).containsExactly("b");
	}

	@Test
	void an_override_whose_id_is_not_listed_does_not_block_the_exact_match() {
		IdMatcher matcher = new IdMatcher(Map.of("hedera-hashgraph", "hedera"), Map.of(),
				(tracked, listing) -> listing.id().equals(tracked.id()));

		IdMatcher.Match match = matcher.match(List.of(asset("hedera-hashgraph", "HBAR")),
				List.of(listing("hedera-hashgraph", "HBAR")));

		assertThat(match.byProviderId()).containsExactly(Map.entry("hedera-hashgraph", "hedera-hashgraph"));
	}

	@Test
	void a_listed_override_still_wins_over_the_exact_match() {
		IdMatcher matcher = new IdMatcher(Map.of("hedera-hashgraph", "hedera"), Map.of(),
				(tracked, listing) -> listing.id().equals(tracked.id()));

		IdMatcher.Match match = matcher.match(List.of(asset("hedera-hashgraph", "HBAR")),
				List.of(listing("hedera-hashgraph", "HBAR"), listing("hedera", "HBAR")));

		assertThat(match.byProviderId()).containsExactly(Map.entry("hedera", "hedera-hashgraph"));
	}

	@Test
	void a_match_whose_price_is_more_than_the_ratio_away_from_coingecko_is_refused() {
		TrackedAssets tracked = new TrackedAssets();
		tracked.updatePrices(Map.of("bittorrent", 4.75e-7, "bitcoin", 43000.0));
		IdMatcher matcher = new IdMatcher(Map.of(), Map.of(), (asset, listing) -> listing.id().equals(asset.id()));

		IdMatcher.Match match = matcher
			.match(List.of(asset("bittorrent", "BTT"), asset("bitcoin", "BTC")),
					List.of(new IdMatcher.Listing("bittorrent", "BTT", "BitTorrent", 0.00795),
							new IdMatcher.Listing("bitcoin", "BTC", "Bitcoin", 43000.0 * 4.9)),
					new PriceCheck(5, tracked));

		assertThat(match.byProviderId()).containsExactly(Map.entry("bitcoin", "bitcoin"));
		assertThat(match.unmatched()).containsExactly("bittorrent");
		assertThat(match.refused()).singleElement()
			.satisfies((refusal) -> assertThat(refusal.ratio()).isCloseTo(16_736.8,
					org.assertj.core.data.Offset.offset(0.1)));
	}

	@Test
	void without_a_coingecko_price_the_match_stands() {
		IdMatcher matcher = new IdMatcher(Map.of(), Map.of(), (asset, listing) -> listing.id().equals(asset.id()));

		IdMatcher.Match match = matcher.match(List.of(asset("bittorrent", "BTT")),
				List.of(new IdMatcher.Listing("bittorrent", "BTT", "BitTorrent", 0.00795)),
				new PriceCheck(5, new TrackedAssets()));

		assertThat(match.byProviderId()).containsKey("bittorrent");
	}

}
