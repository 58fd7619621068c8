package io.cryptoviz.model;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;

import com.sun.management.OperatingSystemMXBean;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time of the whole benchmark JVM per operation ({@code -prof
 * io.cryptoviz.model.ProcessCpuProfiler}), garbage collection and compilation included.
 * <p>
 * On 2 cores shared with other builds, wall-clock time per operation stretches by however
 * much CPU the others take at that moment, so two benchmarks run a minute apart are not
 * comparable; CPU time barely moves with the load, and is the figure to compare then.
 */
public class ProcessCpuProfiler implements InternalProfiler {

	private final OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

	private long start;

	@Override
	public String getDescription() {
		return "CPU time of the benchmark JVM per operation, all threads";
	}

	@Override
	public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
		this.start = this.os.getProcessCpuTime();
	}

	@Override
	public Collection<? extends Result> afterIteration(BenchmarkParams benchmark, IterationParams iteration,
			IterationResult result) {
		double nanos = this.os.getProcessCpuTime() - this.start;
		return List.of(new ScalarResult("cpu.process", nanos / result.getMetadata().getMeasuredOps(), "ns/op",
				AggregationPolicy.AVG));
	}

}
