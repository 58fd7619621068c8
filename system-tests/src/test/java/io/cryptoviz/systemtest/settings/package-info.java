/**
 * The settings a user can make, checked against {@code .env.example}: every variable the
 * stack reads, and every {@code cryptoviz.*} property, has an entry there.
 */
@NullMarked
package io.cryptoviz.systemtest.settings;

import org.jspecify.annotations.NullMarked;
