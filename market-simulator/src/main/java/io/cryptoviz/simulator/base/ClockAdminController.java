package io.cryptoviz.simulator.base;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Freezes, moves and releases the simulator's clock, so tests of other services can step
 * through time without sleeping.
 */
@RestController
@RequestMapping("/admin/clock")
class ClockAdminController {

	private static final Logger log = LoggerFactory.getLogger(ClockAdminController.class);

	private final SimulatorClock clock;

	ClockAdminController(SimulatorClock clock) {
		this.clock = clock;
	}

	@GetMapping
	Map<String, Object> current() {
		return Map.of("now", this.clock.instant().toString(), "frozen", this.clock.isFrozen());
	}

	/**
	 * Body {@code {"instant":"2026-01-01T00:00:00Z"}} freezes; {@code {"advance":"PT5M"}}
	 * moves.
	 */
	@PostMapping
	ResponseEntity<?> change(@RequestBody ClockChange change) {
		if (change.instant() != null) {
			this.clock.freeze(change.instant());
		}
		else if (change.advance() != null) {
			this.clock.advance(change.advance());
		}
		else {
			return ResponseEntity.badRequest().body(Map.of("error", "give \"instant\" or \"advance\""));
		}
		log.info("Clock frozen at {}", this.clock.instant());
		return ResponseEntity.ok(current());
	}

	@DeleteMapping
	Map<String, Object> release() {
		this.clock.release();
		log.info("Clock follows the system clock again");
		return current();
	}

	record ClockChange(@Nullable Instant instant, @Nullable Duration advance) {
	}

}
