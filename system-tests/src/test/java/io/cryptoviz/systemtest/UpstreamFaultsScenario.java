package io.cryptoviz.systemtest;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Scenario 3: each simulator fault in turn on one source (in rotation), then checks that
 * the fault produced exactly one log line, no bad row was stored, the other source kept
 * cycling, and the faulted source's next cycle was good again.
 */
final class UpstreamFaultsScenario {

	private static final String SCENARIO = "3 upstream faults";

	private final StackReliabilityScenariosTest suite;

	UpstreamFaultsScenario(StackReliabilityScenariosTest suite) {
		this.suite = suite;
	}

	/** The simulated providers, faulted in turn; the next one must keep cycling. */
	static final List<String> SOURCES = List.of("coingecko", "coinmarketcap", "coinpaprika");

	/** A fault, the admin body that sets it, and what the scraper's line must say. */
	record Fault(String kind, String extraJson, String expected) {

		/** Whether a cycle line shows this fault. */
		boolean shows(ScraperLog.Line line) {
			return line.text().contains(this.expected) && (this.expected.equals("rejected") ? line.rejected() > 0
					: this.expected.equals("cycle:") || !line.ok());
		}

	}

	/**
	 * The faulted cycle: the first or, when a cycle was already under way as the fault
	 * was set (its requests came before the fault), the second line after {@code before};
	 * -1 while neither shows the fault yet.
	 */
	static int faulted(List<ScraperLog.Line> lines, int before, Fault fault) {
		for (int i = before; i < Math.min(lines.size(), before + 2); i++) {
			if (fault.shows(lines.get(i))) {
				return i;
			}
		}
		return -1;
	}

	void run() throws Exception {
		// Retryable faults get count 3 (every attempt of one cycle fails), the others
		// count 1: either way exactly one cycle is hit.
		List<Fault> fast = List.of(
				new Fault("RATE_LIMIT_RETRY_AFTER", "\"count\":3,\"retryAfterSeconds\":1", "[rate-limited]"),
				new Fault("SERVER_ERROR_500", "\"count\":3", "[server-error]"),
				new Fault("TRUNCATED_JSON", "\"count\":1", "[malformed]"),
				new Fault("BAD_PRICES", "\"count\":1", "rejected"));
		List<Fault> full = new ArrayList<>(fast);
		full.addAll(List.of(
				new Fault("RATE_LIMIT_RETRY_AFTER_DATE", "\"count\":3,\"retryAfterSeconds\":2", "[rate-limited]"),
				new Fault("SERVICE_UNAVAILABLE_503", "\"count\":3", "[server-error]"),
				new Fault("HTML_ERROR", "\"count\":3,\"status\":503", "[server-error]"),
				new Fault("HTML_ERROR", "\"count\":1,\"status\":200", "[malformed]"),
				new Fault("SLOW", "\"count\":3,\"delay\":\"PT5S\"", "[io]"),
				// No Retry-After: the scraper waits its default 60 s, then the retry
				// succeeds.
				new Fault("RATE_LIMIT", "\"count\":1", "cycle:")));
		List<Fault> faults = this.suite.scale().pick(fast, full);
		DemoStack stack = this.suite.stack();
		String simulator = stack.url("market-simulator");
		List<String> results = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (int i = 0; i < faults.size(); i++) {
			Fault fault = faults.get(i);
			String source = SOURCES.get(i % SOURCES.size());
			String other = SOURCES.get((i + 1) % SOURCES.size());
			String log = stack.log("scraper-service");
			int before = ScraperLog.cycles(log, source).size();
			int otherBefore = ScraperLog.cycles(log, other).size();
			String path = source.equals("coingecko") ? ",\"path\":\"/api/v3/coins/markets\"" : "";
			HttpResponse<String> set = Http.postJson(simulator + "/admin/faults",
					"{\"source\":\"%s\",\"fault\":\"%s\",%s%s}".formatted(source, fault.kind(), fault.extraJson(),
							path));
			assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
			// The faulted cycle and the good one after it (or, if the fault never shows,
			// the
			// two cycles after it was set).
			await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(250)).until(() -> {
				List<ScraperLog.Line> now = ScraperLog.cycles(stack.log("scraper-service"), source);
				int at = faulted(now, before, fault);
				return (at >= 0) ? now.size() > at + 1 : now.size() >= before + 3;
			});
			List<ScraperLog.Line> lines = ScraperLog.cycles(stack.log("scraper-service"), source);
			int at = Math.max(before, faulted(lines, before, fault));
			ScraperLog.Line hit = lines.get(at);
			ScraperLog.Line next = lines.get(at + 1);
			List<ScraperLog.Line> others = ScraperLog.cycles(stack.log("scraper-service"), other)
				.subList(otherBefore, ScraperLog.cycles(stack.log("scraper-service"), other).size());
			boolean seen = hit.text().contains(fault.expected()) && (fault.expected().equals("rejected")
					? hit.rejected() > 0 : fault.expected().equals("cycle:") || !hit.ok());
			boolean otherFine = !others.isEmpty() && others.stream().allMatch(ScraperLog.Line::ok);
			// At a 10 s interval a good cycle may find every quote unrefreshed (not
			// republished).
			boolean recovered = next.ok() && next.quotes() + next.unchanged() > 0 && next.rejected() == 0;
			String result = "%s on %s: \"%s\"; next cycle %d quotes; %s %d cycles ok".formatted(fault.kind(), source,
					hit.message(), next.quotes(), other, others.size());
			Findings.step(SCENARIO, result);
			results.add(fault.kind() + (seen && otherFine && recovered ? " ok" : " FAILED"));
			if (!seen) {
				problems
					.add(fault.kind() + ": expected one line with '" + fault.expected() + "', got: " + hit.message());
			}
			if (!otherFine) {
				problems.add(fault.kind() + ": " + other + " cycles during the fault: " + others);
			}
			if (!recovered) {
				problems.add(fault.kind() + ": next " + source + " cycle not good: " + next.message());
			}
		}
		Http.delete(simulator + "/admin/faults");
		long bad = this.suite.badRows();
		long rows = Store.count(stack.database(), "SELECT count(*) FROM crypto_prices");
		Findings.summary(SCENARIO, problems.isEmpty() && bad == 0, "%d fault kinds, %d problems, bad rows %d of %,d; %s"
			.formatted(faults.size(), problems.size(), bad, rows, String.join(", ", results)));
		assertThat(problems).as("fault handling").isEmpty();
		assertThat(bad).as("rows with price <= 0, NaN or infinite").isZero();
	}

}
