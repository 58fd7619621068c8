/**
 * The JSON REST API under {@code /api/v1}: tracked assets, one asset's analysis (or just
 * its signal or confidences) and batch analyses. Parameters are validated here and every
 * error is an RFC 9457 {@code application/problem+json} body; the numbers come unchanged
 * from ml-core through the predictions feature.
 */
@NullMarked
package io.cryptoviz.dashboard.api;

import org.jspecify.annotations.NullMarked;
