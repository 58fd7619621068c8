package io.cryptoviz.store.write;

/**
 * What one write did.
 *
 * @param stored quotes that became new rows
 * @param duplicates quotes skipped because the same (source, asset, timestamp) was
 * already stored or came twice in the batch
 */
public record StoreResult(int stored, int duplicates) {

	public StoreResult {
		if (stored < 0 || duplicates < 0) {
			throw new IllegalArgumentException("counts must be >= 0, were " + stored + " and " + duplicates);
		}
	}

}
