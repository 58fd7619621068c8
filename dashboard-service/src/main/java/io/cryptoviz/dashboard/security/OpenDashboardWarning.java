package io.cryptoviz.dashboard.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says once, when the public port opens, that the dashboard has no password.
 */
@Component
class OpenDashboardWarning {

	private static final Logger log = LoggerFactory.getLogger(OpenDashboardWarning.class);

	private final SecuritySettings settings;

	OpenDashboardWarning(SecuritySettings settings) {
		this.settings = settings;
	}

	@EventListener
	void serverStarted(WebServerInitializedEvent event) {
		if (this.settings.loginRequired()
				|| WebServerApplicationContext.hasServerNamespace(event.getApplicationContext(), "management")) {
			return;
		}
		log.warn("Dashboard is open without login on port {}: set CRYPTOVIZ_DASHBOARD_PASSWORD before exposing "
				+ "port 8501 beyond localhost", event.getWebServer().getPort());
	}

}
