package io.cryptoviz.systemtest;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.cryptoviz.model.DeadLetter;
import io.cryptoviz.model.RedisKeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Scenario 5: malformed page URLs, REST parameters and queue messages. No HTTP answer may
 * be a 5xx; every malformed message must land in the dead-letter list with a reason.
 */
final class BadInputScenario {

	private static final String SCENARIO = "5 bad input";

	private final StackReliabilityScenariosTest suite;

	BadInputScenario(StackReliabilityScenariosTest suite) {
		this.suite = suite;
	}

	void run() throws Exception {
		long seed = System.nanoTime();
		Malformed malformed = new Malformed(seed);
		String dashboard = this.suite.stack().url("dashboard-service");
		List<String> urls = new ArrayList<>();
		for (int i = 0; i < 150; i++) {
			urls.add(dashboard + "/dashboard?cryptos=" + malformed.encoded() + "&sources=" + malformed.encoded()
					+ "&period=" + malformed.encoded() + "&mode=" + malformed.encoded() + "&from="
					+ malformed.encoded());
			urls.add(dashboard + "/" + malformed.encoded() + "?" + malformed.encoded() + "=" + malformed.encoded());
		}
		for (int i = 0; i < 50; i++) {
			urls.add(dashboard + "/predictions?crypto=" + malformed.encoded() + "&history=" + malformed.encoded()
					+ "&horizon=" + malformed.encoded() + "&source=" + malformed.encoded());
		}
		boolean api = Http.get(dashboard + "/api/v1/assets")
			.headers()
			.firstValue("Content-Type")
			.orElse("")
			.contains("json");
		if (api) {
			for (int i = 0; i < 200; i++) {
				urls.add(dashboard + "/api/v1/predictions/" + malformed.encoded() + "?horizon=" + malformed.encoded()
						+ "&history=" + malformed.encoded() + "&source=" + malformed.encoded() + "&ma_short="
						+ malformed.encoded() + "&ma_long=" + malformed.encoded() + "&momentum=" + malformed.encoded());
			}
		}
		else {
			Findings.step(SCENARIO, "REST API absent (/api/v1/assets is not JSON): REST parameters skipped");
		}
		List<String> fivexx = new ArrayList<>();
		int sent = 0;
		for (String url : urls) {
			URI uri;
			try {
				uri = URI.create(url);
			}
			catch (IllegalArgumentException ex) {
				continue;
			}
			HttpResponse<String> response = Http
				.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build());
			sent++;
			if (response.statusCode() >= 500) {
				fivexx.add(response.statusCode() + " " + url);
			}
		}
		if (api) {
			for (int i = 0; i < 50; i++) {
				HttpResponse<String> response = Http.postJson(dashboard + "/api/v1/analysis/batch",
						"{\"assets\":" + malformed.value() + ",\"horizon\":" + malformed.value() + "}");
				sent++;
				if (response.statusCode() >= 500) {
					fivexx.add(response.statusCode() + " POST batch");
				}
			}
		}
		int count = 300;
		List<String> messages = malformed.messages(count);
		long deadBefore = this.suite.redis().llen(RedisKeys.DEAD_LETTER);
		this.suite.redis().lpush(RedisKeys.QUEUE, messages.toArray(String[]::new));
		await().atMost(Duration.ofMinutes(1))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> this.suite.redis().llen(RedisKeys.DEAD_LETTER) - deadBefore >= count
					&& this.suite.redis().llen(RedisKeys.QUEUE) == 0);
		long dead = this.suite.redis().llen(RedisKeys.DEAD_LETTER) - deadBefore;
		Set<String> pushed = new HashSet<>(messages);
		int withReason = 0;
		int ours = 0;
		for (String entry : this.suite.redis().lrange(RedisKeys.DEAD_LETTER, 0, -1)) {
			DeadLetter letter = DeadLetter.fromJson(entry);
			if (pushed.contains(letter.payload())) {
				ours++;
				if (!letter.reason().isBlank()) {
					withReason++;
				}
			}
		}
		int total = sent + count;
		boolean ok = fivexx.isEmpty() && ours == count && withReason == count && total >= 500;
		Findings.summary(SCENARIO, ok,
				("%d inputs (seed %d): %d HTTP requests (REST API %s), 5xx %d; %d bad queue "
						+ "messages, dead-lettered %d, with reason %d")
					.formatted(total, seed, sent, api ? "included" : "absent, skipped", fivexx.size(), count, ours,
							withReason));
		assertThat(fivexx).as("5xx answers").isEmpty();
		assertThat(ours).as("malformed messages in the dead-letter list").isEqualTo(count);
		assertThat(withReason).as("dead letters with a reason").isEqualTo(count);
		assertThat(dead).as("dead-letter growth").isEqualTo(count);
	}

}
