package io.cryptoviz.model;

import java.time.Instant;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * One normalised market quote for one asset from one source.
 * <p>
 * {@code assetId} is the canonical key: the CoinGecko coin id (for example
 * {@code bitcoin}), also for CoinMarketCap quotes, which the scraper maps through their
 * slug. Symbols and names are for display only: they collide across assets and differ
 * across sources. Market cap, volume and 24 h change are nullable because the providers
 * return null for new or illiquid listings; null stays null, never 0.
 *
 * @param assetId canonical asset id (CoinGecko id, by the {@link AssetId} rule)
 * @param symbol ticker, upper case
 * @param name display name as the source spells it
 * @param priceUsd price in USD, finite and positive
 * @param percentChange24h rolling 24 h change in percent, or null
 * @param marketCapUsd market capitalisation in USD, or null
 * @param volume24hUsd 24 h volume in USD, or null
 * @param source the provider
 * @param sourceTimestamp the provider's last_updated, UTC
 * @param fetchedAt when the scraper received it, UTC
 */
public record Quote(String assetId, String symbol, String name, double priceUsd, @Nullable Double percentChange24h,
		@Nullable Double marketCapUsd, @Nullable Double volume24hUsd, Source source, Instant sourceTimestamp,
		Instant fetchedAt) {

	/** Longest accepted asset id, symbol or name; the store and the UI rely on it. */
	public static final int MAX_TEXT_LENGTH = 100;

	public Quote {
		assetId = requireText("assetId", assetId);
		if (!AssetId.isValid(assetId)) {
			throw invalid("assetId", "must be " + AssetId.RULE, "'" + assetId + "'");
		}
		symbol = requireText("symbol", symbol).toUpperCase(Locale.ROOT);
		name = requireText("name", name);
		if (!Double.isFinite(priceUsd) || priceUsd <= 0) {
			throw invalid("priceUsd", "must be a finite number above 0", priceUsd);
		}
		if (percentChange24h != null && !Double.isFinite(percentChange24h)) {
			throw invalid("percentChange24h", "must be a finite number or null", percentChange24h);
		}
		requireNonNegative("marketCapUsd", marketCapUsd);
		requireNonNegative("volume24hUsd", volume24hUsd);
		if (source == null) {
			throw invalid("source", "is required", null);
		}
		if (sourceTimestamp == null) {
			throw invalid("sourceTimestamp", "is required", null);
		}
		if (fetchedAt == null) {
			throw invalid("fetchedAt", "is required", null);
		}
	}

	private static String requireText(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			throw invalid(field, "must not be blank", value == null ? null : "'" + value + "'");
		}
		String trimmed = value.strip();
		if (trimmed.length() > MAX_TEXT_LENGTH) {
			throw invalid(field, "must be at most " + MAX_TEXT_LENGTH + " characters",
					trimmed.length() + " characters");
		}
		return trimmed;
	}

	private static void requireNonNegative(String field, @Nullable Double value) {
		if (value != null && (!Double.isFinite(value) || value < 0)) {
			throw invalid(field, "must be a finite number of at least 0, or null", value);
		}
	}

	private static IllegalArgumentException invalid(String field, String rule, @Nullable Object value) {
		return new IllegalArgumentException(field + " " + rule + ", was " + value);
	}

}
