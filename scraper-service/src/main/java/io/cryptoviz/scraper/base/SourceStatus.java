package io.cryptoviz.scraper.base;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What is known about one source right now: whether it runs, when it last delivered and
 * why it last failed. Written by the cycle, read by health.
 */
public final class SourceStatus {

	private final String name;

	private final Instant createdAt;

	private volatile @Nullable String disabledReason;

	private volatile @Nullable Instant lastSuccess;

	private volatile @Nullable String lastFailure;

	public SourceStatus(String name, Instant createdAt, @Nullable String disabledReason) {
		this.name = name;
		this.createdAt = createdAt;
		this.disabledReason = disabledReason;
	}

	public String name() {
		return this.name;
	}

	public boolean enabled() {
		return this.disabledReason == null;
	}

	public @Nullable String disabledReason() {
		return this.disabledReason;
	}

	public void disable(String reason) {
		this.disabledReason = reason;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public @Nullable Instant lastSuccess() {
		return this.lastSuccess;
	}

	public @Nullable String lastFailure() {
		return this.lastFailure;
	}

	public void succeeded(Instant at) {
		this.lastSuccess = at;
		this.lastFailure = null;
	}

	public void failed(String reason) {
		this.lastFailure = reason;
	}

}
