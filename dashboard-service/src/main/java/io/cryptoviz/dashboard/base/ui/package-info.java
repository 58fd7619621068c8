/**
 * The application shell and the UI parts every page reuses: the main layout with its
 * navigation, theme and language switches and the simulated-data banner, the view
 * toolbar, KPI cards, the store-state notice and the auto-refresh switch.
 */
@NullMarked
package io.cryptoviz.dashboard.base.ui;

import org.jspecify.annotations.NullMarked;
