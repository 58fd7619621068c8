package io.cryptoviz.model;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Cost of decoding one queue message, over a batch of realistic encoded quotes, for each
 * way the codec can read it. Not a unit test: run it with
 * {@code ./mvnw -pl common-model -Pbench test-compile exec:exec} (see the README).
 * <p>
 * The bench profile adds {@code -prof gc} (bytes allocated per message) and
 * {@link ProcessCpuProfiler} (CPU time per message, which holds still when other builds
 * load the machine and wall-clock time does not).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Benchmark)
public class QuoteDecodeBenchmark {

	private static final int MESSAGES = 4_000;

	private final List<Quote> quotes = RealisticQuotes.quotes(1, MESSAGES);

	private final String[] messages = this.quotes.stream().map(QuoteCodec::encode).toArray(String[]::new);

	/**
	 * Each path must read every message back to its quote, or its figure means nothing.
	 */
	@Setup
	public void everyPathReadsEveryMessage() {
		for (int i = 0; i < MESSAGES; i++) {
			String message = this.messages[i];
			List<Quote> read = List.of(QuoteCodec.quote(StreamingQuoteReader.read(QuoteCodec.mapper(), message)),
					QuoteCodec.quote(QuoteCodec.readWithDatabind(message)));
			if (!read.stream().allMatch(this.quotes.get(i)::equals)) {
				throw new IllegalStateException("not every path reads " + message + " back: " + read);
			}
		}
	}

	/**
	 * {@link QuoteCodec#decode}: Jackson's streaming parser, with one reused factory, a
	 * switch on field names and no databind.
	 */
	@Benchmark
	@OperationsPerInvocation(MESSAGES)
	public void jacksonStreaming(Blackhole blackhole) {
		for (String message : this.messages) {
			blackhole.consume(QuoteCodec.decode(message));
		}
	}

	/**
	 * Jackson databind into the wire record, the reading the streaming reader leaves the
	 * messages it does not vouch for to.
	 */
	@Benchmark
	@OperationsPerInvocation(MESSAGES)
	public void jacksonDatabind(Blackhole blackhole) {
		for (String message : this.messages) {
			blackhole.consume(QuoteCodec.quote(QuoteCodec.readWithDatabind(message)));
		}
	}

}
