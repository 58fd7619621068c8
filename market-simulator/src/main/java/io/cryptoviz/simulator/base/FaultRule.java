package io.cryptoviz.simulator.base;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.jspecify.annotations.Nullable;

/**
 * One fault for one provider, from configuration or the admin API.
 *
 * @param fault what goes wrong
 * @param count how many matching requests get it; {@code null} means until cleared
 * @param retryAfter value of {@code Retry-After} for the rate-limit faults (default 60 s)
 * @param delay how long {@link FaultKind#SLOW} waits (default 30 s)
 * @param status HTTP status of {@link FaultKind#HTML_ERROR} (default 503)
 * @param path only requests whose path starts with this get the fault; {@code null} = all
 * of the provider's endpoints
 */
public record FaultRule(@NotNull(message = "fault must be one of " + KINDS) FaultKind fault,
		@Nullable @Min(value = 1, message = "count must be at least 1 (omit it for until-cleared)") Integer count,
		@Nullable @DurationMin(seconds = 0, message = "retry-after must be between 0s and 1h") @DurationMax(hours = 1,
				message = "retry-after must be between 0s and 1h") Duration retryAfter,
		@Nullable @DurationMin(seconds = 0, message = "delay must be between 0s and 10m") @DurationMax(minutes = 10,
				message = "delay must be between 0s and 10m") Duration delay,
		@Nullable @Min(value = 200, message = "status must be between 200 and 599") @Max(value = 599,
				message = "status must be between 200 and 599") Integer status,
		@Nullable String path) {

	static final String KINDS = "RATE_LIMIT_RETRY_AFTER, RATE_LIMIT_RETRY_AFTER_DATE, RATE_LIMIT, SERVER_ERROR_500, "
			+ "SERVICE_UNAVAILABLE_503, HTML_ERROR, TRUNCATED_JSON, BAD_PRICES, SLOW";

	/** Default {@code Retry-After}, the provider's per-minute window. */
	public static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(60);

	/** Default delay of {@link FaultKind#SLOW}, past any sensible client read timeout. */
	public static final Duration DEFAULT_DELAY = Duration.ofSeconds(30);

	public Duration retryAfterOrDefault() {
		return (this.retryAfter != null) ? this.retryAfter : DEFAULT_RETRY_AFTER;
	}

	public Duration delayOrDefault() {
		return (this.delay != null) ? this.delay : DEFAULT_DELAY;
	}

	public int statusOrDefault() {
		return (this.status != null) ? this.status : 503;
	}

	/** One-line description for logs and the admin API. */
	public String describe() {
		StringBuilder text = new StringBuilder(this.fault.name());
		text.append((this.count != null) ? " x" + this.count : " until cleared");
		switch (this.fault) {
			case RATE_LIMIT_RETRY_AFTER, RATE_LIMIT_RETRY_AFTER_DATE ->
				text.append(", retry-after ").append(retryAfterOrDefault().toSeconds()).append("s");
			case SLOW -> text.append(", delay ").append(delayOrDefault());
			case HTML_ERROR -> text.append(", status ").append(statusOrDefault());
			default -> {
			}
		}
		if (this.path != null) {
			text.append(", path ").append(this.path);
		}
		return text.toString();
	}

}
