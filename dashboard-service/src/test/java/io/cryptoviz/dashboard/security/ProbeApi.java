package io.cryptoviz.dashboard.security;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A stand-in endpoint under {@code /api/v1}, so the API's security can be tested apart
 * from whatever the real API answers.
 */
@TestConfiguration(proxyBeanMethods = false)
class ProbeApi {

	static final String PATH = "/api/v1/security-probe";

	@RestController
	@TestComponent
	static class Probe {

		@GetMapping(PATH)
		String probe() {
			return "reached";
		}

	}

}
