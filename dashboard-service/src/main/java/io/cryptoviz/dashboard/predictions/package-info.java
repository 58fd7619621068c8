/**
 * The ML predictions feature: gathers one asset's prices from the store (every configured
 * source merged per 5-minute bucket, or one source), hands them to ml-core's
 * {@link io.cryptoviz.ml.analysis.PredictionEngine} and returns its result unchanged.
 * Every number the page and the REST API show comes from ml-core; this package only
 * gathers and validates inputs.
 */
@NullMarked
package io.cryptoviz.dashboard.predictions;

import org.jspecify.annotations.NullMarked;
