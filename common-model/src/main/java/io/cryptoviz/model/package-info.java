/**
 * The quote that crosses Redis between the scraper and the consumer: its record, its
 * versioned JSON wire format and the Redis key names. Plain Java and Jackson; no Spring.
 */
@NullMarked
package io.cryptoviz.model;

import org.jspecify.annotations.NullMarked;
