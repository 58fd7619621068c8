/**
 * Judging the models on anyone's own data: a walk-forward evaluation over a whole CSV of
 * timestamped prices, per model and horizon, and the command that prints it
 * ({@code ./cryptoviz evaluate FILE}).
 */
@NullMarked
package io.cryptoviz.ml.evaluation;

import org.jspecify.annotations.NullMarked;
