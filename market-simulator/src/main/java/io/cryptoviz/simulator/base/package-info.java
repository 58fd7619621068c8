/**
 * Pieces every feature of the simulator shares: its validated settings, the controllable
 * clock that all prices are a function of, the fault vocabulary, and the
 * {@code SimulatedProvider} contract each provider package fulfils with one bean, from
 * which {@code Providers} is built.
 */
@NullMarked
package io.cryptoviz.simulator.base;

import org.jspecify.annotations.NullMarked;
