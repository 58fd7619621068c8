/**
 * The CoinMarketCap v1 {@code /cryptocurrency/listings/latest} endpoint: the status
 * envelope, the API-key check with its documented 401 bodies and CMC's own identities.
 */
@NullMarked
package io.cryptoviz.simulator.coinmarketcap;

import org.jspecify.annotations.NullMarked;
