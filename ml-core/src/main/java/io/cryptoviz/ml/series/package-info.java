/**
 * Validated price series of one asset: strictly increasing UTC timestamps with positive
 * finite prices, the median sampling interval, horizon-to-steps conversion and the merge
 * of several sources onto one regular bucket grid.
 */
@NullMarked
package io.cryptoviz.ml.series;

import org.jspecify.annotations.NullMarked;
