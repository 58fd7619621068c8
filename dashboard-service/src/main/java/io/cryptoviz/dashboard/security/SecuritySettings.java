package io.cryptoviz.dashboard.security;

import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The dashboard's login, bound from {@code cryptoviz.dashboard.security.*}. Kept apart
 * from the main settings record so the secret never reaches its {@code toString()} or a
 * log line that prints the settings.
 *
 * @param username the one user's name
 * @param password the one user's password ({@code CRYPTOVIZ_DASHBOARD_PASSWORD}); blank
 * or unset leaves the dashboard open
 */
@Validated
@ConfigurationProperties("cryptoviz.dashboard.security")
public record SecuritySettings(@DefaultValue("admin") @NotBlank(message = "must not be blank") String username,
		@Nullable String password) {

	/**
	 * @return whether a password is set, so the pages and the API need a login
	 */
	public boolean loginRequired() {
		return this.password != null && !this.password.isBlank();
	}

	@Override
	public String toString() {
		return "SecuritySettings[username=" + this.username + ", password=" + (loginRequired() ? "(set)" : "(unset)")
				+ "]";
	}

}
