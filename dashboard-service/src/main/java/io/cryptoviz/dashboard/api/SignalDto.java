package io.cryptoviz.dashboard.api;

import io.cryptoviz.ml.consensus.SignalBacking;
import org.jspecify.annotations.Nullable;

/**
 * The trading signal with the consensus track record beside it, so nobody reads a BUY
 * without seeing whether the models beat "price stays the same".
 *
 * @param action BUY, SELL or HOLD
 * @param meanConfidence mean agreement (the original's confidence score) of the available
 * models and the consensus: model agreement and calm markets, not accuracy
 * @param changePercent the consensus change
 * @param consensusTrackRecord how the consensus fared in the past
 * @param actionable whether the evidence backs the action: the consensus beats naive and
 * its 80 % interval lies wholly on the action's side of the current price (never for
 * HOLD)
 * @param reason why not, absent when actionable
 * @param reasonText the reason in English
 */
record SignalDto(String action, @Nullable Double meanConfidence, @Nullable Double changePercent,
		TrackRecordDto consensusTrackRecord, boolean actionable, SignalBacking.@Nullable Reason reason,
		@Nullable String reasonText) {
}
