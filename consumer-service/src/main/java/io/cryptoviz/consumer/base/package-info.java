/**
 * Pieces every consumer feature shares: the validated {@code cryptoviz.consumer.*}
 * settings and the clock. Nothing here knows about Redis or DuckDB.
 */
@NullMarked
package io.cryptoviz.consumer.base;

import org.jspecify.annotations.NullMarked;
