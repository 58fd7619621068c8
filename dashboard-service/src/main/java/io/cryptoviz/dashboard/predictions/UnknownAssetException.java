package io.cryptoviz.dashboard.predictions;

/**
 * The asset is not among those quoted in the last day of data.
 */
public final class UnknownAssetException extends RuntimeException {

	private final String assetId;

	public UnknownAssetException(String assetId) {
		super("no quotes for '" + assetId + "' in the last day of data", null, false, false);
		this.assetId = assetId;
	}

	/**
	 * @return the id that was asked for
	 */
	public String assetId() {
		return this.assetId;
	}

}
