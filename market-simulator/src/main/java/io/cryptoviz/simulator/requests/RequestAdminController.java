package io.cryptoviz.simulator.requests;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /admin/requests} shows counts per endpoint and recent requests;
 * {@code DELETE} resets them.
 */
@RestController
@RequestMapping("/admin/requests")
class RequestAdminController {

	private final RequestLog requests;

	RequestAdminController(RequestLog requests) {
		this.requests = requests;
	}

	@GetMapping
	RequestLog.View view() {
		return this.requests.view();
	}

	@DeleteMapping
	RequestLog.View reset() {
		this.requests.clear();
		return this.requests.view();
	}

}
