package io.cryptoviz.dashboard.predictions;

import io.cryptoviz.dashboard.base.source.SourceSelection;

/**
 * The asset is tracked, but the chosen source has no quotes for it within the lookback.
 */
public final class NoPricesException extends RuntimeException {

	private final String assetId;

	private final SourceSelection source;

	NoPricesException(String assetId, SourceSelection source) {
		super("no " + source.param() + " quotes for '" + assetId + "' in the last "
				+ PredictionService.LOOKBACK.toDays() + " days", null, false, false);
		this.assetId = assetId;
		this.source = source;
	}

	/**
	 * @return the id that was asked for
	 */
	public String assetId() {
		return this.assetId;
	}

	/**
	 * @return the source filter that left nothing
	 */
	public SourceSelection source() {
		return this.source;
	}

}
