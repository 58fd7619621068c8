package io.cryptoviz.dashboard.api;

import org.jspecify.annotations.Nullable;

/**
 * The trading signal with the consensus track record beside it, so nobody reads a BUY
 * without seeing whether the models beat "price stays the same".
 *
 * @param action BUY, SELL or HOLD
 * @param meanConfidence mean confidence of the available models and the consensus
 * @param changePercent the consensus change
 * @param consensusTrackRecord how the consensus fared in the past
 */
record SignalDto(String action, @Nullable Double meanConfidence, @Nullable Double changePercent,
		TrackRecordDto consensusTrackRecord) {
}
