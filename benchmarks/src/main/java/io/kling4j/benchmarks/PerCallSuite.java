package io.kling4j.benchmarks;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Figure 1: runs {@link PerCallBenchmark#submitAndGet} with JMH's GC profiler for the facade (with and without
 * request validation), the raw JDK baseline and Apache HttpClient 5, against the stub and the sandbox, and prints
 * p50, p99 and allocation per submit+get with their ratio to the raw JDK baseline of the same server. Two forks per
 * variant, 5 warm-up and 5 measured iterations of 3 s: shorter warm-ups measured the JIT in p99 (docs/benchmarks.md
 * 9.3). {@code quick} makes it one fork, 1 and 2 iterations of 1 s. The diagnostic variants ({@code rawJdkScheduler},
 * {@code facadeJdkExecutor}, {@code rawJdkDirect}, {@code facadeDirect}) and {@code submitAndGetCommonPool2} run
 * with JMH directly.
 */
final class PerCallSuite {
    private PerCallSuite() {
    }

    static void run(boolean quick) throws Exception {
        Options options = new OptionsBuilder().include(PerCallBenchmark.class.getName() + ".submitAndGet$")
                .param("variant", "facade", "facadeNoValidation", "rawJdk", "apache")
                .addProfiler(GCProfiler.class).forks(quick ? 1 : 2)
                .jvmArgs("-Xms512m", "-Xmx512m", "-D" + BenchMain.NODELAY + "=true")
                .warmupIterations(quick ? 1 : 5).warmupTime(TimeValue.seconds(quick ? 1 : 3))
                .measurementIterations(quick ? 2 : 5).measurementTime(TimeValue.seconds(quick ? 1 : 3)).build();
        Collection<RunResult> results = new Runner(options).run();
        Map<String, double[]> rows = new LinkedHashMap<>();
        for (RunResult r : results) {
            String jvm = r.getParams().getBenchmark().endsWith("CommonPool2") ? "common pool 2" : "default JVM";
            String variant = jvm + " / " + r.getParams().getParam("server") + " / " + r.getParams().getParam("variant");
            Result<?> primary = r.getPrimaryResult();
            Result<?> alloc = r.getSecondaryResults().get("gc.alloc.rate.norm");
            rows.put(variant, new double[] {primary.getStatistics().getPercentile(50),
                    primary.getStatistics().getPercentile(99), alloc == null ? Double.NaN : alloc.getScore(),
                    primary.getStatistics().getN()});
        }
        System.out.println();
        System.out.println("| JVM / server / variant | p50 (µs) | p99 (µs) | alloc/op (bytes) | samples"
                + " | p50 × raw | p99 × raw | alloc × raw |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (Map.Entry<String, double[]> e : rows.entrySet()) {
            double[] v = e.getValue();
            double[] base = rows.get(e.getKey().substring(0, e.getKey().lastIndexOf(" / ")) + " / rawJdk");
            System.out.printf("| %s | %.0f | %.0f | %.0f | %.0f | %.2f | %.2f | %.2f |%n", e.getKey(), v[0], v[1], v[2],
                    v[3], v[0] / base[0], v[1] / base[1], v[2] / base[2]);
        }
    }
}
