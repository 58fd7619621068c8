package io.cryptoviz.simulator.market;

import java.util.Objects;
import java.util.function.Function;

import io.cryptoviz.simulator.base.SimulatorProperties;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AssetCatalogTest {

	@Test
	void holds_as_many_assets_as_the_settings_allow() {
		assertThat(AssetCatalog.ALL).hasSize(SimulatorProperties.CATALOG_SIZE).hasSizeGreaterThanOrEqualTo(20);
	}

	@Test
	void identities_are_unique_on_both_providers() {
		for (Function<Asset, Object> identity : java.util.List.<Function<Asset, Object>>of(Asset::cgId, Asset::cmcId,
				Asset::cmcSlug, Asset::symbol)) {
			assertThat(AssetCatalog.ALL.stream().map(identity).distinct().count()).isEqualTo(AssetCatalog.ALL.size());
		}
	}

	@Test
	void tether_is_named_differently_on_each_provider() {
		Asset tether = find("tether");
		assertThat(tether.cgName()).isEqualTo("Tether");
		assertThat(tether.cmcName()).isEqualTo("Tether USDt");
		assertThat(tether.cmcId()).isEqualTo(825);
	}

	@Test
	void at_least_three_cmc_slugs_differ_from_the_coingecko_id() {
		assertThat(AssetCatalog.ALL.stream().filter((asset) -> !asset.cmcSlug().equals(asset.cgId())))
			.extracting(Asset::cgId)
			.hasSizeGreaterThanOrEqualTo(3)
			.contains("binancecoin", "ripple", "avalanche-2", "polkadot");
	}

	@Test
	void includes_at_least_two_stablecoins() {
		assertThat(AssetCatalog.ALL.stream().filter(Asset::stablecoin)).extracting(Asset::cgId)
			.containsExactlyInAnyOrder("tether", "usd-coin");
	}

	@Test
	void well_known_identities_are_the_real_ones() {
		assertThat(find("bitcoin").cmcId()).isEqualTo(1);
		assertThat(find("ethereum").cmcId()).isEqualTo(1027);
		assertThat(find("binancecoin").cmcSlug()).isEqualTo("bnb");
		assertThat(find("ripple").cgName()).isEqualTo("XRP");
		assertThat(find("usd-coin").cmcId()).isEqualTo(3408);
		assertThat(find("avalanche-2").cmcSlug()).isEqualTo("avalanche");
		assertThat(find("polkadot").cmcSlug()).isEqualTo("polkadot-new");
	}

	@Test
	void coins_have_no_token_platform_and_tokens_do() {
		assertThat(find("bitcoin").tokenAddress()).isNull();
		assertThat(find("chainlink").tokenAddress()).startsWith("0x");
	}

	private static Asset find(String cgId) {
		return AssetCatalog.ALL.stream()
			.filter((asset) -> Objects.equals(asset.cgId(), cgId))
			.findFirst()
			.orElseThrow();
	}

}
