/**
 * The home page's view and its two panels: system status and the guide to the pages.
 */
@NullMarked
package io.cryptoviz.dashboard.home.ui;

import org.jspecify.annotations.NullMarked;
