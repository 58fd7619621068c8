/**
 * A real Redis for integration tests on any machine: a Testcontainers
 * {@code redis:7-alpine} container when a Docker engine answers and has (or quickly
 * pulls) the images, otherwise an embedded redis-server binary on a free port. Never a
 * mock, never a silent skip.
 */
@NullMarked
package io.cryptoviz.testsupport.redis;

import org.jspecify.annotations.NullMarked;
