/**
 * The Docker end-to-end check ({@code ./cryptoviz check --docker}): the images built from
 * the one Dockerfile, the compose file run the way the README says on a fresh copy of the
 * repository with no {@code .env}, checked through the API and a real browser. Tagged
 * {@code docker}, so only the {@code docker} Maven profile runs it.
 */
@NullMarked
package io.cryptoviz.systemtest.docker;

import org.jspecify.annotations.NullMarked;
