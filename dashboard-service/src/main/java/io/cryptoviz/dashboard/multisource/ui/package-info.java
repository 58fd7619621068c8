/**
 * The Multi-Source Dashboard view and its parts: filters, charts, spread table, KPIs and
 * the recent-quotes grid.
 */
@NullMarked
package io.cryptoviz.dashboard.multisource.ui;

import org.jspecify.annotations.NullMarked;
