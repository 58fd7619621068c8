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

}
