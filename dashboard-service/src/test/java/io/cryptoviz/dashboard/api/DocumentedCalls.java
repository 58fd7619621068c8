package io.cryptoviz.dashboard.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates calls from an OpenAPI document alone: for every operation, a valid call, then
 * each parameter and body field at valid and boundary values (which must succeed) and at
 * invalid ones (which must be refused with a 4xx), plus the content negotiation and media
 * type refusals the operation documents. Nothing here knows the API's endpoints: an
 * operation added to the document is called too.
 */
final class DocumentedCalls {

	static final String UNKNOWN_ID = "zz-no-such-asset";

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final JsonNode document;

	DocumentedCalls(JsonNode document) {
		this.document = document;
	}

	/**
	 * @param path the documented path template
	 * @param method lower-case HTTP method
	 * @param uri the request path and query
	 * @param contentType the body's type, or null without a body
	 * @param body the body, or null
	 * @param accept the Accept header
	 * @param expect what the answer must be
	 * @param what what this call varies, for failure messages
	 */
	record Call(String path, String method, String uri, String contentType, String body, String accept, Expect expect,
			String what) {
	}

	/** What a call must get. */
	enum Expect {

		/** A 2xx: the operation's own valid call. */
		SUCCESS,
		/**
		 * Anything but a 400 or a 5xx: the value is valid, though the data may not exist
		 * (a source without prices gets its documented 404).
		 */
		ACCEPTED,
		/** A 4xx. */
		REFUSED

	}

	List<Call> all() {
		List<Call> calls = new ArrayList<>();
		JsonNode paths = this.document.get("paths");
		for (String path : paths.propertyNames()) {
			JsonNode item = paths.get(path);
			for (String method : item.propertyNames()) {
				calls.addAll(calls(path, method, item.get(method)));
			}
		}
		return calls;
	}

	int operations() {
		int count = 0;
		JsonNode paths = this.document.get("paths");
		for (String path : paths.propertyNames()) {
			count += paths.get(path).propertyNames().size();
		}
		return count;
	}

	private List<Call> calls(String path, String method, JsonNode operation) {
		List<JsonNode> parameters = new ArrayList<>();
		operation.path("parameters").forEach(parameters::add);
		Map<String, String> pathValues = new LinkedHashMap<>();
		for (JsonNode parameter : parameters) {
			if ("path".equals(parameter.path("in").asString())) {
				pathValues.put(parameter.get("name").asString(), valid(schema(parameter)).getFirst());
			}
		}
		JsonNode bodySchema = resolve(
				operation.path("requestBody").path("content").path("application/json").path("schema"));
		ObjectNode body = bodySchema.isMissingNode() ? null : validBody(bodySchema);
		String contentType = (body != null) ? "application/json" : null;
		Builder base = new Builder(path, method, pathValues, Map.of(), contentType,
				(body != null) ? body.toString() : null);
		List<Call> calls = new ArrayList<>();
		calls.add(base.call("application/json", Expect.SUCCESS, "valid"));
		for (JsonNode parameter : parameters) {
			String name = parameter.get("name").asString();
			JsonNode schema = schema(parameter);
			boolean inPath = "path".equals(parameter.path("in").asString());
			for (String value : valid(schema)) {
				calls.add((inPath ? base.withPath(name, value) : base.withQuery(name, value)).call("application/json",
						Expect.ACCEPTED, name + "=" + value));
			}
			for (String value : invalid(schema)) {
				calls.add((inPath ? base.withPath(name, value) : base.withQuery(name, value)).call("application/json",
						Expect.REFUSED, name + "=" + value));
			}
			if (inPath && operation.path("responses").has("404")) {
				calls.add(base.withPath(name, UNKNOWN_ID).call("application/json", Expect.REFUSED, name + " unknown"));
			}
		}
		if (body != null) {
			for (String field : bodySchema.path("properties").propertyNames()) {
				JsonNode schema = resolve(bodySchema.path("properties").get(field));
				for (JsonNode value : validNodes(schema)) {
					calls.add(base.withBody(body.deepCopy().set(field, value).toString())
						.call("application/json", Expect.ACCEPTED, field + "=" + value));
				}
				for (JsonNode value : invalidNodes(schema)) {
					calls.add(base.withBody(body.deepCopy().set(field, value).toString())
						.call("application/json", Expect.REFUSED, field + "=" + value));
				}
			}
			for (JsonNode required : bodySchema.path("required")) {
				ObjectNode without = body.deepCopy();
				without.remove(required.asString());
				calls.add(base.withBody(without.toString())
					.call("application/json", Expect.REFUSED, "without " + required));
			}
			if (operation.path("responses").has("415")) {
				calls.add(
						base.withContentType("text/plain").call("application/json", Expect.REFUSED, "text/plain body"));
			}
			if (operation.path("responses").has("413")) {
				calls.add(base.withBody("{\"pad\": \"" + "x".repeat(70_000) + "\"}")
					.call("application/json", Expect.REFUSED, "70 KB body"));
			}
		}
		if (operation.path("responses").has("406")) {
			calls.add(base.call("text/html", Expect.REFUSED, "Accept: text/html"));
			calls.add(base.call("application/json;charset=utf-16", Expect.REFUSED, "Accept charset utf-16"));
		}
		calls.add(base.call("application/problem+json", Expect.SUCCESS, "Accept: application/problem+json"));
		return calls;
	}

	private JsonNode schema(JsonNode parameter) {
		return resolve(parameter.path("schema"));
	}

	JsonNode resolve(JsonNode schema) {
		JsonNode current = schema;
		while (current.has("$ref")) {
			current = this.document.at(current.get("$ref").asString().substring(1));
		}
		return current;
	}

	private ObjectNode validBody(JsonNode schema) {
		ObjectNode body = NODES.objectNode();
		for (JsonNode required : schema.path("required")) {
			String name = required.asString();
			body.set(name, validNodes(resolve(schema.path("properties").get(name))).getFirst());
		}
		return body;
	}

	static List<String> valid(JsonNode schema) {
		return validNodes(schema).stream().map(node -> node.isString() ? node.asString() : node.toString()).toList();
	}

	static List<String> invalid(JsonNode schema) {
		return invalidNodes(schema).stream().map(node -> node.isString() ? node.asString() : node.toString()).toList();
	}

	static List<JsonNode> validNodes(JsonNode schema) {
		List<JsonNode> values = new ArrayList<>();
		if (schema.has("enum")) {
			schema.get("enum").forEach(values::add);
			return values;
		}
		String type = type(schema);
		if ("integer".equals(type) && schema.has("minimum") && schema.has("maximum")) {
			long min = schema.get("minimum").asLong();
			long max = schema.get("maximum").asLong();
			values.add(NODES.numberNode(min));
			values.add(NODES.numberNode(max));
			values.add(NODES.numberNode((min + max) / 2));
			if (schema.has("default")) {
				values.add(schema.get("default"));
			}
		}
		else if ("array".equals(type)) {
			JsonNode item = validNodes(schema.path("items")).getFirst();
			int min = schema.path("minItems").asInt(1);
			ArrayNode array = NODES.arrayNode();
			if (schema.has("example") && schema.get("example").isArray()) {
				schema.get("example").forEach(array::add);
			}
			while (array.size() < min) {
				array.add(item);
			}
			values.add(array);
		}
		else if (schema.has("example")) {
			values.add(schema.get("example"));
		}
		else if (schema.has("default")) {
			values.add(schema.get("default"));
		}
		return values;
	}

	static List<JsonNode> invalidNodes(JsonNode schema) {
		List<JsonNode> values = new ArrayList<>();
		String type = type(schema);
		if (schema.has("enum")) {
			values.add(NODES.stringNode("not-one-of-these"));
		}
		else if ("integer".equals(type) && schema.has("minimum") && schema.has("maximum")) {
			values.add(NODES.numberNode(schema.get("minimum").asLong() - 1));
			values.add(NODES.numberNode(schema.get("maximum").asLong() + 1));
			values.add(NODES.stringNode("abc"));
			values.add(NODES.numberNode(1.5));
		}
		else if ("array".equals(type)) {
			if (schema.has("minItems")) {
				values.add(NODES.arrayNode());
			}
			if (schema.has("maxItems")) {
				ArrayNode tooMany = NODES.arrayNode();
				for (int i = 0; i <= schema.get("maxItems").asInt(); i++) {
					tooMany.add("coin-" + i);
				}
				values.add(tooMany);
			}
			for (JsonNode item : invalidNodes(schema.path("items"))) {
				values.add(NODES.arrayNode().add(item));
			}
		}
		else if (schema.has("pattern")) {
			values.add(NODES.stringNode("Not Valid!"));
		}
		return values;
	}

	private static String type(JsonNode schema) {
		JsonNode type = schema.path("type");
		if (type.isArray()) {
			for (JsonNode each : type) {
				if (!"null".equals(each.asString())) {
					return each.asString();
				}
			}
		}
		return type.asString("");
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	static JsonMapper mapper() {
		return JsonMapper.shared();
	}

	/** A call being assembled. */
	private record Builder(String path, String method, Map<String, String> pathValues, Map<String, String> query,
			String contentType, String body) {

		Builder withPath(String name, String value) {
			Map<String, String> values = new LinkedHashMap<>(this.pathValues);
			values.put(name, value);
			return new Builder(this.path, this.method, values, this.query, this.contentType, this.body);
		}

		Builder withQuery(String name, String value) {
			Map<String, String> values = new LinkedHashMap<>(this.query);
			values.put(name, value);
			return new Builder(this.path, this.method, this.pathValues, values, this.contentType, this.body);
		}

		Builder withBody(String body) {
			return new Builder(this.path, this.method, this.pathValues, this.query, this.contentType, body);
		}

		Builder withContentType(String type) {
			return new Builder(this.path, this.method, this.pathValues, this.query, type, this.body);
		}

		Call call(String accept, Expect expect, String what) {
			String uri = this.path;
			for (Map.Entry<String, String> value : this.pathValues.entrySet()) {
				uri = uri.replace("{" + value.getKey() + "}", encode(value.getValue()));
			}
			if (!this.query.isEmpty()) {
				StringBuilder query = new StringBuilder();
				this.query.forEach((name, value) -> query.append(query.isEmpty() ? "?" : "&")
					.append(encode(name))
					.append('=')
					.append(encode(value)));
				uri += query;
			}
			return new Call(this.path, this.method, uri, this.contentType, this.body, accept, expect,
					this.method.toUpperCase(java.util.Locale.ROOT) + " " + this.path + " " + what);
		}

	}

}
