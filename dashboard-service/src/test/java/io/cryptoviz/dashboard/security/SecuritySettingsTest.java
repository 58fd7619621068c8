package io.cryptoviz.dashboard.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecuritySettingsTest {

	@Test
	void to_string_never_shows_the_password() {
		assertThat(new SecuritySettings("admin", "hunter2-long-secret").toString()).doesNotContain("hunter2")
			.isEqualTo("SecuritySettings[username=admin, password=(set)]");
	}

	@Test
	void blank_password_leaves_the_dashboard_open() {
		assertThat(new SecuritySettings("admin", "  ").loginRequired()).isFalse();
		assertThat(new SecuritySettings("admin", null).loginRequired()).isFalse();
		assertThat(new SecuritySettings("admin", "x").loginRequired()).isTrue();
	}

}
