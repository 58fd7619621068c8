/**
 * The ML Predictions page: crypto buttons, configuration, manual or continuous analysis
 * off the UI thread, results beside their track records, the chart and the current-state
 * panel. Everything it shows comes from the predictions service, unchanged.
 */
@NullMarked
package io.cryptoviz.dashboard.predictions.ui;

import org.jspecify.annotations.NullMarked;
