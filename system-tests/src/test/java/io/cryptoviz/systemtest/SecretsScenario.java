package io.cryptoviz.systemtest;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scenario 6: with both API keys set, every log file and every actuator endpoint each
 * service lists (metrics one by one) is scanned for the key strings.
 */
final class SecretsScenario {

	private static final String SCENARIO = "6 secrets";

	private static final List<String> KEYS = List.of(StackReliabilityScenariosTest.COINGECKO_KEY,
			StackReliabilityScenariosTest.COINMARKETCAP_KEY);

	private static final Pattern HREF = Pattern.compile("\"href\":\"(http[^\"{]+)\"");

	private static final Pattern NAME = Pattern.compile("\"([a-z][a-zA-Z0-9_.-]+)\"");

	private final StackReliabilityScenariosTest suite;

	SecretsScenario(StackReliabilityScenariosTest suite) {
		this.suite = suite;
	}

	void run() throws Exception {
		DemoStack stack = this.suite.stack();
		List<String> leaks = new ArrayList<>();
		int files = 0;
		long bytes = 0;
		try (Stream<Path> logs = Files.list(stack.state().resolve("logs"))) {
			for (Path log : logs.toList()) {
				String text = Files.readString(log);
				files++;
				bytes += text.length();
				KEYS.stream()
					.filter(text::contains)
					.forEach((key) -> leaks.add(log.getFileName() + " contains " + key));
			}
		}
		int endpoints = 0;
		List<String> extra = List.of("/actuator/env", "/actuator/configprops", "/actuator/health/freshness",
				"/actuator/beans", "/actuator/loggers");
		// The dashboard's actuator lives on its management port; its public port keeps
		// only health.
		for (String service : List.of("market-simulator", "scraper-service", "consumer-service", "dashboard-service",
				"dashboard-management")) {
			String base = stack.url(service);
			List<String> urls = new ArrayList<>();
			HttpResponse<String> root = Http.get(base + "/actuator");
			urls.add(base + "/actuator");
			Matcher href = HREF.matcher(root.body());
			while (href.find()) {
				urls.add(href.group(1));
			}
			extra.forEach((path) -> urls.add(base + path));
			HttpResponse<String> metrics = Http.get(base + "/actuator/metrics");
			if (metrics.statusCode() == 200) {
				Matcher name = NAME.matcher(metrics.body().replace("\"names\"", ""));
				while (name.find()) {
					urls.add(base + "/actuator/metrics/" + name.group(1));
				}
			}
			for (String url : urls.stream().distinct().toList()) {
				HttpResponse<String> response = Http.get(url);
				endpoints++;
				bytes += response.body().length();
				KEYS.stream().filter(response.body()::contains).forEach((key) -> leaks.add(url + " contains " + key));
			}
		}
		Findings.summary(SCENARIO, leaks.isEmpty(),
				"%d log files and %d actuator URLs (%,d bytes) scanned for 2 keys: %d found%s".formatted(files,
						endpoints, bytes, leaks.size(), leaks.isEmpty() ? "" : " " + leaks));
		assertThat(leaks).as("API keys found").isEmpty();
	}

}
