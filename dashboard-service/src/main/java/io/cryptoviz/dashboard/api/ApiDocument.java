package io.cryptoviz.dashboard.api;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cryptoviz.dashboard.base.parameter.WholeNumber;
import io.cryptoviz.dashboard.base.source.SourceCatalog;
import io.cryptoviz.dashboard.predictions.AnalysisParameters;
import io.cryptoviz.dashboard.predictions.PredictionService;
import io.cryptoviz.model.AssetId;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Makes the generated OpenAPI document say what the API does: every status an operation
 * can answer with the problem schema, the numeric parameters as integers with their
 * ranges (read from the same {@link WholeNumber}s that validate them), the asset id's
 * pattern, the batch body's types and limits, and which response fields can be null. It
 * works from what each operation has (a path variable, a body, query parameters), so an
 * endpoint added later is described the same way without editing this class.
 */
final class ApiDocument {

	static final String PROBLEM = "Problem";

	static final String ASSET_PATTERN = "^[a-z0-9][a-z0-9._-]{0,99}$";

	private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

	private static final Map<String, WholeNumber> WHOLE_NUMBERS = Map.of(AnalysisParameters.HORIZON,
			AnalysisParameters.HORIZON_HOURS, AnalysisParameters.HISTORY, AnalysisParameters.HISTORY_HOURS,
			AnalysisParameters.MA_SHORT, AnalysisParameters.MA_SHORT_POINTS, AnalysisParameters.MA_LONG,
			AnalysisParameters.MA_LONG_POINTS, AnalysisParameters.MOMENTUM, AnalysisParameters.MOMENTUM_POINTS);

	private static final Map<String, Integer> DEFAULTS = Map.of(AnalysisParameters.HORIZON,
			AnalysisParameters.Settings.DEFAULT.horizonHours(), AnalysisParameters.HISTORY,
			AnalysisParameters.Settings.DEFAULT.historyHours(), AnalysisParameters.MA_SHORT,
			AnalysisParameters.Settings.DEFAULT.models().maShort(), AnalysisParameters.MA_LONG,
			AnalysisParameters.Settings.DEFAULT.models().maLong(), AnalysisParameters.MOMENTUM,
			AnalysisParameters.Settings.DEFAULT.models().momentumPeriod());

	private ApiDocument() {
	}

	/**
	 * @param document the document springdoc generated
	 * @param sources the sources a source parameter may name
	 * @param controllers the classes whose mapped methods' return types describe the
	 * responses, for the nullable fields
	 */
	static void complete(OpenAPI document, SourceCatalog sources, List<Class<?>> controllers) {
		document.getComponents().addSchemas(PROBLEM, problemSchema());
		List<String> sourceValues = sourceValues(sources);
		if (document.getPaths() != null) {
			document.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
				describeParameters(operation, sourceValues);
				describeResponses(path, method, operation);
			}));
		}
		Map<String, Schema> schemas = document.getComponents().getSchemas();
		Schema<?> batch = schemas.get(BatchRequest.class.getSimpleName());
		if (batch != null) {
			describeBatch(batch, sourceValues);
		}
		markNullable(schemas, controllers);
	}

	private static List<String> sourceValues(SourceCatalog sources) {
		Set<String> values = new LinkedHashSet<>();
		values.add("all");
		sources.entries().forEach(entry -> {
			values.add(entry.key());
			values.addAll(entry.aliases());
		});
		return List.copyOf(values);
	}

	private static void describeParameters(Operation operation, List<String> sourceValues) {
		if (operation.getParameters() == null) {
			return;
		}
		// springdoc flattens a @ParameterObject record's public constants too
		// (HORIZON_HOURS.min, ...); no request parameter has a dot in its name.
		operation.getParameters().removeIf(parameter -> parameter.getName().contains("."));
		for (Parameter parameter : operation.getParameters()) {
			String name = parameter.getName();
			WholeNumber number = WHOLE_NUMBERS.get(name);
			if (number != null) {
				parameter.setSchema(integer(number).example(DEFAULTS.get(name))._default(DEFAULTS.get(name)));
			}
			else if (AnalysisParameters.SOURCE.equals(name)) {
				parameter.setSchema(typed("string")._enum(new ArrayList<>(sourceValues))._default("all"));
			}
			else if (ApiParameters.MODELS.equals(name)) {
				parameter.setSchema(typed("string").pattern(ApiParameters.MODELS_PATTERN).example("trend,naive"));
			}
			else if ("path".equals(parameter.getIn())) {
				parameter.setSchema(assetId());
				parameter.setDescription(AssetId.RULE);
				parameter.setExample("bitcoin");
			}
		}
	}

	private static void describeResponses(String path, PathItem.HttpMethod method, Operation operation) {
		ApiResponses responses = operation.getResponses();
		if (responses == null) {
			responses = new ApiResponses();
			operation.setResponses(responses);
		}
		responses.addApiResponse("400",
				problem("A parameter or the body is malformed or out of range; the problem names it."));
		responses.addApiResponse("401", problem("Only when the dashboard has a password: send it with HTTP Basic."));
		if (path.contains("{")) {
			responses.addApiResponse("404",
					problem("No tracked asset has this id, or it has no prices from this " + "source."));
		}
		responses.addApiResponse("406", problem(
				"The Accept header allows neither application/json in UTF-8 " + "nor application/problem+json."));
		if (operation.getRequestBody() != null) {
			responses.addApiResponse("413", problem("The body is larger than 64 KB."));
			responses.addApiResponse("415", problem("The body is not application/json."));
		}
		responses.addApiResponse("429",
				problem("Only when the dashboard has a password: too many failed logins "
						+ "from this address; wait for Retry-After seconds.")
					.addHeaderObject("Retry-After", retryAfter()));
		responses.addApiResponse("503",
				problem("The data store is busy or not created yet; retry after " + "Retry-After seconds.")
					.addHeaderObject("Retry-After", retryAfter()));
	}

	private static void describeBatch(Schema<?> batch, List<String> sourceValues) {
		Map<String, Schema> properties = batch.getProperties();
		if (properties == null) {
			return;
		}
		properties.replaceAll((name, property) -> {
			WholeNumber number = WHOLE_NUMBERS.get(name);
			if (number != null) {
				return integer(number).example(DEFAULTS.get(name))._default(DEFAULTS.get(name));
			}
			if (AnalysisParameters.SOURCE.equals(name)) {
				return typed("string")._enum(new ArrayList<>(sourceValues))._default("all");
			}
			if (ApiParameters.ASSETS.equals(name)) {
				return typed("array").items(assetId())
					.minItems(1)
					.maxItems(PredictionService.BATCH_MAX)
					.example(List.of("bitcoin", "ethereum"));
			}
			return property;
		});
		batch.setRequired(List.of(ApiParameters.ASSETS));
	}

	/**
	 * Marks as nullable every response or body field whose record component is
	 * {@code @Nullable}: a record maps to the schema of its simple name, as springdoc
	 * names them.
	 */
	private static void markNullable(Map<String, Schema> schemas, List<Class<?>> controllers) {
		Map<String, Class<?>> records = new LinkedHashMap<>();
		for (Class<?> controller : controllers) {
			for (Method method : controller.getDeclaredMethods()) {
				if (method.isAnnotationPresent(GetMapping.class) || method.isAnnotationPresent(PostMapping.class)) {
					collectRecords(method.getGenericReturnType(), records);
					for (Type parameter : method.getGenericParameterTypes()) {
						collectRecords(parameter, records);
					}
				}
			}
		}
		records.forEach((name, type) -> {
			Schema<?> schema = schemas.get(name);
			if (schema == null || schema.getProperties() == null) {
				return;
			}
			for (RecordComponent component : type.getRecordComponents()) {
				if (!component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
					continue;
				}
				JsonProperty renamed = component.getAnnotation(JsonProperty.class);
				String property = (renamed != null) ? renamed.value() : component.getName();
				schema.getProperties().computeIfPresent(property, (key, value) -> nullable(value));
			}
		});
	}

	private static void collectRecords(Type type, Map<String, Class<?>> records) {
		if (type instanceof ParameterizedType parameterized) {
			for (Type argument : parameterized.getActualTypeArguments()) {
				collectRecords(argument, records);
			}
			collectRecords(parameterized.getRawType(), records);
		}
		else if (type instanceof Class<?> type1 && type1.isRecord()
				&& records.putIfAbsent(type1.getSimpleName(), type1) == null) {
			for (RecordComponent component : type1.getRecordComponents()) {
				collectRecords(component.getGenericType(), records);
			}
		}
	}

	private static Schema<?> nullable(Schema<?> property) {
		if (property.get$ref() != null || property.getTypes() == null || property.getTypes().isEmpty()) {
			return typed().anyOf(List.of(property, typed("null")));
		}
		property.getTypes().add("null");
		return property;
	}

	private static ApiResponse problem(String description) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType(PROBLEM_JSON,
					new MediaType().schema(typed().$ref("#/components/schemas/" + PROBLEM))));
	}

	private static Header retryAfter() {
		return new Header().description("seconds to wait").schema(typed("integer").minimum(BigDecimal.ONE));
	}

	private static Schema<?> problemSchema() {
		Map<String, Schema> properties = new LinkedHashMap<>();
		properties.put("type", typed("string").description("a URN naming the kind of problem, or about:blank"));
		properties.put("title", typed("string").description("the kind of problem in words"));
		properties.put("status", typed("integer").minimum(BigDecimal.valueOf(400)).maximum(BigDecimal.valueOf(599)));
		properties.put("detail", typed("string").description("what was wrong with this request"));
		properties.put("instance", typed("string").description("the request path"));
		properties.put("parameter", typed("string").description("the parameter at fault (invalid-parameter)"));
		properties.put("allowed", typed("string").description("what the parameter allows (invalid-parameter)"));
		properties.put("received", typed("string").description("the value received, abbreviated"));
		properties.put("asset", typed("string").description("the asset id (unknown-asset, no-prices)"));
		return typed("object").description("An RFC 9457 problem document")
			.properties(properties)
			.required(List.of("title", "status"));
	}

	private static Schema<?> assetId() {
		return typed("string").pattern(ASSET_PATTERN).minLength(1).maxLength(AssetId.MAX_LENGTH).example("bitcoin");
	}

	private static Schema<?> integer(WholeNumber number) {
		return typed("integer").minimum(BigDecimal.valueOf(number.min()))
			.maximum(BigDecimal.valueOf(number.max()))
			.description("a whole number from " + number.min() + " to " + number.max() + number.unit());
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Schema typed(String... types) {
		Schema schema = new Schema<>().specVersion(SpecVersion.V31);
		if (types.length > 0) {
			schema.types(new LinkedHashSet<>(List.of(types)));
		}
		return schema;
	}

}
