/**
 * Publishing to Redis: batched pushes onto the quote queue through a bounded in-memory
 * outbox that rides out Redis outages, and the data-mode key the dashboard reads.
 */
@NullMarked
package io.cryptoviz.scraper.publish;

import org.jspecify.annotations.NullMarked;
