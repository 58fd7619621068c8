/**
 * The simulated market: a catalog of real assets with their identities on both providers,
 * and one seeded geometric Brownian motion per asset that both providers quote from.
 */
@NullMarked
package io.cryptoviz.simulator.market;

import org.jspecify.annotations.NullMarked;
