package io.cryptoviz.scraper.tracked;

import org.jspecify.annotations.Nullable;

/**
 * Whether a paired listing's price is plausible for the tracked asset: within
 * {@code maxRatio} of the price CoinGecko gave in its latest answer, either way. Without
 * a CoinGecko price (CoinGecko rejected the entry) there is nothing to compare, and the
 * pair stands.
 */
public final class PriceCheck {

	/** Accepts every pair; for matching that is not about quotes. */
	public static final PriceCheck NONE = new PriceCheck(Double.POSITIVE_INFINITY, new TrackedAssets());

	private final double maxRatio;

	private final TrackedAssets tracked;

	public PriceCheck(double maxRatio, TrackedAssets tracked) {
		this.maxRatio = maxRatio;
		this.tracked = tracked;
	}

	public double maxRatio() {
		return this.maxRatio;
	}

	/** The refusal, or null when the price is plausible or cannot be compared. */
	IdMatcher.@Nullable Refusal check(String coinGeckoId, IdMatcher.Listing listing) {
		Double reference = this.tracked.price(coinGeckoId);
		Double price = listing.price();
		if (reference == null || reference <= 0 || price == null || Double.isInfinite(this.maxRatio)) {
			return null;
		}
		double ratio = (price <= 0) ? Double.POSITIVE_INFINITY : Math.max(price / reference, reference / price);
		return (ratio > this.maxRatio) ? new IdMatcher.Refusal(coinGeckoId, listing.id(), price, reference, ratio)
				: null;
	}

}
