/**
 * What the dashboard can tell about the pipeline from Redis: whether Redis answers, how
 * many quotes wait in the queue and the dead-letter list, and whether the scraper runs on
 * simulated data. Redis being down is a status shown on the page, never an error page.
 */
@NullMarked
package io.cryptoviz.dashboard.base.pipeline;

import org.jspecify.annotations.NullMarked;
