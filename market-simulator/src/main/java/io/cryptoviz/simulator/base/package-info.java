/**
 * Pieces every feature of the simulator shares: its validated settings, the controllable
 * clock that all prices are a function of, the fault vocabulary, provider routing and the
 * {@code ProviderFaults} contract each provider package fulfils.
 */
@NullMarked
package io.cryptoviz.simulator.base;

import org.jspecify.annotations.NullMarked;
