/**
 * Pieces every page shares: the validated settings, the clock, the translations and the
 * background scheduler that drives auto-refresh. Storage, Redis status and the UI shell
 * live in sub-packages.
 */
@NullMarked
package io.cryptoviz.dashboard.base;

import org.jspecify.annotations.NullMarked;
