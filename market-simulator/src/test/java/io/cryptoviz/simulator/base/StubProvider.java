package io.cryptoviz.simulator.base;

import java.time.Instant;

import io.cryptoviz.model.Source;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A provider that exists only as this bean, for tests of what is built from the beans.
 * Its error bodies are {@code {"stub":"<message>"}}.
 */
public record StubProvider(Source source, int seedIndex, String pathRoot) implements SimulatedProvider {

	@Override
	public JsonNode rateLimited(Instant now) {
		return JsonNodeFactory.instance.objectNode().put("stub", "slow down");
	}

	@Override
	public JsonNode serverError(Instant now, int status, String message) {
		return JsonNodeFactory.instance.objectNode().put("stub", message);
	}

	@Override
	public String host() {
		return "api.stub.example";
	}

}
