/**
 * Retrying on a schedule: one {@link io.cryptoviz.model.retry.Backoff} policy
 * (exponential, capped, jittered) and one {@link io.cryptoviz.model.retry.Retry} loop
 * that every service uses instead of its own. Time is injected (a {@link java.time.Clock}
 * and a {@link io.cryptoviz.model.retry.Pause}), so tests drive every retry path on a
 * virtual clock without sleeping. Plain Java, so the scraper can adopt it as the consumer
 * and the dashboard do.
 */
@NullMarked
package io.cryptoviz.model.retry;

import org.jspecify.annotations.NullMarked;
