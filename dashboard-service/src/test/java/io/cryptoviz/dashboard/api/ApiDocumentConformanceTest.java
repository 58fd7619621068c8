package io.cryptoviz.dashboard.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.cryptoviz.dashboard.predictions.PredictionsStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API does what its OpenAPI document says. The calls come from the document itself
 * ({@link DocumentedCalls}: valid, boundary and invalid values generated from each
 * parameter's and body field's schema), and every response must have a documented status
 * and media type and a body that validates against the documented schema, checked by a
 * JSON Schema 2020-12 validator. A new endpoint is covered as soon as it is documented.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiDocumentConformanceTest {

	static final String DOCUMENT_IRI = "https://cryptoviz.test/api/docs/openapi.json";

	static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	JsonNode document;

	SchemaRegistry schemas;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		PredictionsStore.register(registry);
	}

	@BeforeEach
	void readDocument() throws Exception {
		String text = HTTP
			.send(request("/api/docs/openapi", "GET", null, null, "application/json").build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		this.document = DocumentedCalls.mapper().readTree(text);
		this.schemas = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
				builder -> builder.schemas(Map.of(DOCUMENT_IRI, text)));
	}

	@Test
	void the_document_has_a_real_title_and_version_and_no_host_derived_server() {
		assertThat(this.document.at("/info/title").asString()).isEqualTo("CryptoViz API");
		assertThat(this.document.at("/info/version").asString()).isEqualTo(OpenApiConfiguration.VERSION);
		assertThat(this.document.at("/info/description").asString()).contains("problem");
		assertThat(this.document.at("/servers/0/url").asString()).isEqualTo("/");
		assertThat(this.document.get("servers")).hasSize(1);
	}

	@Test
	void every_parameter_is_typed_and_every_error_has_the_problem_schema() {
		JsonNode paths = this.document.get("paths");
		List<String> untold = new ArrayList<>();
		for (String path : paths.propertyNames()) {
			for (String method : paths.get(path).propertyNames()) {
				JsonNode operation = paths.get(path).get(method);
				for (JsonNode parameter : operation.path("parameters")) {
					JsonNode schema = parameter.path("schema");
					String name = method + " " + path + " " + parameter.path("name").asString();
					if (!schema.has("type")) {
						untold.add(name + " has no type");
					}
					if (schema.path("type").asString("").equals("integer")
							&& !(schema.has("minimum") && schema.has("maximum"))) {
						untold.add(name + " has no range");
					}
				}
				for (String status : List.of("400", "406", "503")) {
					if (!operation.at("/responses/" + status + "/content/application~1problem+json/schema/$ref")
						.asString("")
						.endsWith("/" + ApiDocument.PROBLEM)) {
						untold.add(method + " " + path + " does not document " + status);
					}
				}
			}
		}
		assertThat(untold).isEmpty();
		assertThat(this.document.at("/components/schemas/Problem/properties/status/type").asString())
			.isEqualTo("integer");
	}

	@Test
	void every_documented_operation_answers_as_documented() throws Exception {
		DocumentedCalls generator = new DocumentedCalls(this.document);
		List<DocumentedCalls.Call> calls = generator.all();
		List<String> mismatches = new ArrayList<>();
		for (DocumentedCalls.Call call : calls) {
			HttpResponse<String> response = HTTP.send(
					request(call.uri(), call.method(), call.contentType(), call.body(), call.accept()).build(),
					HttpResponse.BodyHandlers.ofString());
			String mismatch = check(call, response);
			if (mismatch != null) {
				mismatches.add(call.what() + " -> " + response.statusCode() + ": " + mismatch);
			}
		}
		System.out.printf("API conformance: %d operations, %d calls from the document, %d mismatches%n",
				generator.operations(), calls.size(), mismatches.size());
		assertThat(generator.operations()).isGreaterThanOrEqualTo(5);
		assertThat(mismatches).as("responses that contradict the OpenAPI document").isEmpty();
	}

	private String check(DocumentedCalls.Call call, HttpResponse<String> response) {
		int status = response.statusCode();
		boolean expected = switch (call.expect()) {
			case SUCCESS -> status >= 200 && status < 300;
			case ACCEPTED -> status != 400 && status < 500;
			case REFUSED -> status >= 400 && status < 500;
		};
		if (!expected) {
			return "expected " + call.expect() + ", body "
					+ response.body().substring(0, Math.min(200, response.body().length()));
		}
		String responsePointer = "/paths/" + escape(call.path()) + "/" + call.method() + "/responses/" + status;
		JsonNode documented = this.document.at(responsePointer);
		if (documented.isMissingNode()) {
			return "status not documented";
		}
		String type = response.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
		JsonNode content = documented.path("content").path(type);
		if (content.isMissingNode()) {
			return "media type " + type + " not documented for " + status;
		}
		Schema schema = this.schemas.getSchema(absoluteRefs(content.path("schema").deepCopy()).toString());
		// A JSON body is validated as parsed; any other (the price export's CSV) as the
		// string its schema documents.
		JsonNode body = type.endsWith("json") ? DocumentedCalls.mapper().readTree(response.body())
				: DocumentedCalls.mapper().valueToTree(response.body());
		List<Error> errors = schema.validate(body);
		if (!errors.isEmpty()) {
			return errors.stream().limit(3).map(Error::toString).toList().toString();
		}
		return null;
	}

	private static JsonNode absoluteRefs(JsonNode node) {
		if (node instanceof ObjectNode object) {
			JsonNode ref = object.get("$ref");
			if (ref != null && ref.asString().startsWith("#")) {
				object.put("$ref", DOCUMENT_IRI + ref.asString());
			}
			for (String name : object.propertyNames()) {
				absoluteRefs(object.get(name));
			}
		}
		else if (node.isArray()) {
			node.forEach(ApiDocumentConformanceTest::absoluteRefs);
		}
		return node;
	}

	private static String escape(String path) {
		return path.replace("~", "~0").replace("/", "~1");
	}

	private HttpRequest.Builder request(String uri, String method, String contentType, String body, String accept) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + uri))
			.header("Accept", accept);
		if (body != null) {
			request.header("Content-Type", contentType);
			return request.method(method.toUpperCase(java.util.Locale.ROOT), HttpRequest.BodyPublishers.ofString(body));
		}
		return request.method(method.toUpperCase(java.util.Locale.ROOT), HttpRequest.BodyPublishers.noBody());
	}

}
