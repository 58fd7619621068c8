package io.cryptoviz.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.cryptoviz.simulator.base.SimulatedProvider;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A simulator started the way embedding tests start it, with a frozen clock, talked to
 * over real HTTP.
 */
public final class RunningSimulator implements AutoCloseable {

	/** A frozen instant that is not on any grid: 7.25 s past a minute. */
	public static final Instant FROZEN_AT = Instant.parse("2026-03-01T12:00:07.250Z");

	public static final String CMC_KEY = "simulator-key";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ConfigurableApplicationContext context;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String base;

	private RunningSimulator(ConfigurableApplicationContext context) {
		this.context = context;
		this.base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
	}

	/**
	 * Starts on a random port with the clock frozen at {@link #FROZEN_AT}, plus extra
	 * args.
	 */
	public static RunningSimulator start(String... extra) {
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--cryptoviz.simulator.frozen-at=" + FROZEN_AT));
		args.addAll(List.of(extra));
		return new RunningSimulator(MarketSimulatorApplication.start(args.toArray(String[]::new)));
	}

	/**
	 * Starts like {@link #start(String...)} with one more provider bean, registered the
	 * way a provider package's {@code @Component} would be.
	 */
	public static RunningSimulator startWith(SimulatedProvider extra, String... extraArgs) {
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--cryptoviz.simulator.frozen-at=" + FROZEN_AT));
		args.addAll(List.of(extraArgs));
		return new RunningSimulator(new SpringApplicationBuilder(MarketSimulatorApplication.class)
			.properties("spring.config.name=" + MarketSimulatorApplication.CONFIG_NAME)
			.initializers((context) -> ((GenericApplicationContext) context).registerBean(SimulatedProvider.class,
					() -> extra))
			.run(args.toArray(String[]::new)));
	}

	public ConfigurableApplicationContext context() {
		return this.context;
	}

	public String baseUrl() {
		return this.base;
	}

	public Reply get(String path, String... headers) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).headers(withDefaults(headers)).GET(),
				Duration.ofSeconds(30));
	}

	public Reply get(String path, Duration timeout) throws IOException {
		try {
			HttpResponse<String> response = this.http.send(
					HttpRequest.newBuilder(URI.create(this.base + path)).timeout(timeout).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			return new Reply(response);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** CoinMarketCap listings with the accepted key. */
	public Reply listings(String query) {
		return get("/v1/cryptocurrency/listings/latest" + query, "X-CMC_PRO_API_KEY", CMC_KEY);
	}

	public Reply post(String path, String json) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)), Duration.ofSeconds(30));
	}

	public Reply delete(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).DELETE(), Duration.ofSeconds(30));
	}

	private static String[] withDefaults(String[] headers) {
		List<String> all = new ArrayList<>(List.of("Accept", "application/json"));
		all.addAll(List.of(headers));
		return all.toArray(String[]::new);
	}

	private Reply send(HttpRequest.Builder request, Duration timeout) {
		try {
			return new Reply(this.http.send(request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofString()));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.context.close();
	}

	/**
	 * A response.
	 *
	 * @param response the raw response
	 */
	public record Reply(HttpResponse<String> response) {

		public int status() {
			return this.response.statusCode();
		}

		public String body() {
			return this.response.body();
		}

		public String header(String name) {
			return this.response.headers().firstValue(name).orElse("");
		}

		public JsonNode json() {
			return JSON.readTree(this.response.body());
		}

	}

}
