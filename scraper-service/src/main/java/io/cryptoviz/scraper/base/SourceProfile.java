package io.cryptoviz.scraper.base;

/**
 * What the cycle, the health endpoint and the startup log know of a source besides its
 * quotes.
 *
 * @param name lower-case name used in logs, metrics and health, e.g. {@code coingecko}
 * @param status where its health and switch-off state live
 * @param description one human line for the startup log: endpoint, plan and limits, or
 * why it is off
 * @param keyHint the environment variable a user fixes when the provider refuses the key
 */
public record SourceProfile(String name, SourceStatus status, String description, String keyHint) {
}
