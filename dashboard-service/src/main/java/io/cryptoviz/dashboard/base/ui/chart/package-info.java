/**
 * A typed Flow component over the ApexCharts npm package: the options are Java records
 * serialised with Jackson, and the web component creates the chart once and then only
 * updates its options or series.
 */
@NullMarked
package io.cryptoviz.dashboard.base.ui.chart;

import org.jspecify.annotations.NullMarked;
