package taizhang.extract.bench;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time the benchmark JVM spends per operation (benchmark thread, GC and compiler alike).
 * On a shared machine wall time also counts the time other builds hold the cores; CPU time
 * does not, so it is the steadier per-core figure. Every operation run in the iteration is
 * counted, those of JMH's synchronisation phases too, because their CPU time is in the span.
 */
public final class CpuTimeProfiler implements InternalProfiler {

    static final String LABEL = "cpu.ms/op";

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long cpuAtStart;

    @Override
    public String getDescription() {
        return "CPU time of the benchmark JVM per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
        cpuAtStart = os.getProcessCpuTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(
            BenchmarkParams benchmark, IterationParams iteration, IterationResult result) {
        long ops = Math.max(1, result.getMetadata().getAllOps());
        double msPerOp = (os.getProcessCpuTime() - cpuAtStart) / 1e6 / ops;
        return List.of(new ScalarResult(LABEL, msPerOp, "ms/op", AggregationPolicy.AVG));
    }
}
