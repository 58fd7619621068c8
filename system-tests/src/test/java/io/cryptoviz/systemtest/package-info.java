/**
 * End-to-end tests of the whole stack started the way a user starts it, with
 * {@code ./cryptoviz up --demo}, on free ports in a temporary state folder.
 */
@NullMarked
package io.cryptoviz.systemtest;

import org.jspecify.annotations.NullMarked;
