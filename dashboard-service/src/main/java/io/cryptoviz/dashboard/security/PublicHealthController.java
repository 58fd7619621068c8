package io.cryptoviz.dashboard.security;

import java.util.Map;

import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.HttpCodeStatusMapper;
import org.springframework.boot.health.actuate.endpoint.SimpleHttpCodeStatusMapper;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /actuator/health} on the public port, for Docker healthchecks and
 * {@code ./cryptoviz up}, now that the actuator itself listens on the management port. It
 * answers the overall status only, with 503 when it is DOWN or OUT_OF_SERVICE, and never
 * details.
 */
@RestController
class PublicHealthController {

	private static final HttpCodeStatusMapper STATUS_CODES = new SimpleHttpCodeStatusMapper();

	private final HealthEndpoint health;

	PublicHealthController(HealthEndpoint health) {
		this.health = health;
	}

	@GetMapping(path = "/actuator/health", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, String>> health() {
		HealthDescriptor descriptor = this.health.health();
		return ResponseEntity.status(STATUS_CODES.getStatusCode(descriptor.getStatus()))
			.body(Map.of("status", descriptor.getStatus().getCode()));
	}

}
