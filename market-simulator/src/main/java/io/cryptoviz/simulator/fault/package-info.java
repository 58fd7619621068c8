/**
 * Fault injection: which provider misbehaves how, set from configuration or the admin API
 * at runtime, and the servlet filter that turns a fault into the provider's real failure.
 */
@NullMarked
package io.cryptoviz.simulator.fault;

import org.jspecify.annotations.NullMarked;
