package io.cryptoviz.ml.analysis;

/**
 * Descriptive figures of the history window.
 *
 * @param currentPrice the last price p
 * @param variationPercent (last − first) / first · 100
 * @param volatilityPercent sample standard deviation (n − 1, like the confidence's s20)
 * of the window's prices divided by their mean, times 100; 0 for a single point
 * @param points number of points n in the window
 */
public record Metrics(double currentPrice, double variationPercent, double volatilityPercent, int points) {

}
