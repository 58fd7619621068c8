/**
 * The dashboard's source catalog: which stored source names it reads, how each is
 * labelled and coloured, and the aliases URLs and the API accept, all from
 * {@code cryptoviz.dashboard.sources.<key>.*}. A new provider is configuration only.
 */
@NullMarked
package io.cryptoviz.dashboard.base.source;

import org.jspecify.annotations.NullMarked;
