package io.cryptoviz.simulator.fault;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.cryptoviz.model.Source;
import io.cryptoviz.simulator.base.FaultKind;
import io.cryptoviz.simulator.base.FaultRule;
import io.cryptoviz.simulator.base.Providers;
import io.cryptoviz.simulator.base.SimulatedProvider;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Switches faults at runtime: {@code POST /admin/faults} sets one, {@code GET} shows
 * them, {@code DELETE} clears them (all, or {@code ?source=coingecko}).
 */
@RestController
@RequestMapping("/admin/faults")
class FaultAdminController {

	private final FaultRegistry faults;

	private final Validator validator;

	private final Providers providers;

	FaultAdminController(FaultRegistry faults, Validator validator, Providers providers) {
		this.faults = faults;
		this.validator = validator;
		this.providers = providers;
	}

	@GetMapping
	Map<String, @Nullable Object> current() {
		return this.faults.describe();
	}

	@PostMapping
	ResponseEntity<?> set(@RequestBody FaultRequest request) {
		List<Source> sources = sources(request.source());
		if (sources.isEmpty()) {
			return ResponseEntity.badRequest()
				.body(Map.of("error", "source must be " + this.providers.choices() + ", got " + request.source()));
		}
		if (request.fault() == null) {
			return ResponseEntity.badRequest().body(Map.of("error", "fault is required"));
		}
		FaultRule rule = new FaultRule(request.fault(), request.count(),
				(request.retryAfterSeconds() != null) ? Duration.ofSeconds(request.retryAfterSeconds()) : null,
				request.delay(), request.status(), request.path());
		var violations = this.validator.validate(rule);
		if (!violations.isEmpty()) {
			return ResponseEntity.badRequest()
				.body(Map.of("error",
						violations.stream()
							.map(ConstraintViolation::getMessage)
							.sorted()
							.collect(Collectors.joining("; "))));
		}
		sources.forEach((source) -> this.faults.set(source, rule));
		return ResponseEntity.ok(current());
	}

	@DeleteMapping
	ResponseEntity<?> clear(@RequestParam(defaultValue = "all") String source) {
		List<Source> sources = sources(source);
		if (sources.isEmpty()) {
			return ResponseEntity.badRequest()
				.body(Map.of("error", "source must be " + this.providers.choices() + ", got " + source));
		}
		sources.forEach(this.faults::clear);
		return ResponseEntity.ok(current());
	}

	private List<Source> sources(@Nullable String source) {
		if (source == null) {
			return List.of();
		}
		if (source.equalsIgnoreCase("all")) {
			return this.providers.sources();
		}
		SimulatedProvider one = this.providers.byKey(source);
		return (one != null) ? List.of(one.source()) : List.of();
	}

	/**
	 * Body of {@code POST /admin/faults}.
	 *
	 * @param source a provider's key, such as {@code coingecko}, or {@code all}
	 * @param fault the fault
	 * @param count how many requests get it; omitted = until cleared
	 * @param retryAfterSeconds {@code Retry-After} of the rate-limit faults
	 * @param delay delay of {@code SLOW}, ISO-8601 such as {@code PT5S}
	 * @param status status of {@code HTML_ERROR}
	 * @param path only requests whose path starts with this
	 */
	record FaultRequest(@Nullable String source, @Nullable FaultKind fault, @Nullable Integer count,
			@Nullable Long retryAfterSeconds, @Nullable Duration delay, @Nullable Integer status,
			@Nullable String path) {
	}

}
