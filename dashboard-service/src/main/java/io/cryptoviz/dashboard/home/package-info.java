/**
 * The start page: whether Redis and the store answer, how much data there is and how
 * fresh it is, a guide to the other pages and the disclaimer.
 */
@NullMarked
package io.cryptoviz.dashboard.home;

import org.jspecify.annotations.NullMarked;
