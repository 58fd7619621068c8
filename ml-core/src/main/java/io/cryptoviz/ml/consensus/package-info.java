/**
 * Combining the models: the weighted consensus with renormalised weights, the original
 * product's confidence formula, and the BUY/SELL/HOLD signal derived from the consensus
 * change and the mean confidence.
 */
@NullMarked
package io.cryptoviz.ml.consensus;

import org.jspecify.annotations.NullMarked;
