package io.kling4j.benchmarks;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Issue 14 item 2, what separates the facade from the raw baseline: the CPU time and the bytes allocated per
 * submit+get, per thread (names with digits folded), measured exactly with {@code ThreadMXBean} instead of sampled.
 * One variant per JVM ({@code facade}, {@code facadeNoValidation} or {@code rawJdk}) against {@link StubServer}:
 * 10 s of warm-up, then {@code seconds} measured. Run the variants alternately, several JVMs each; the stub
 * server's threads ({@code HTTP-Dispatcher}, {@code bench-stub-server}) are the same code for every variant.
 *
 * <pre>java -XX:ActiveProcessorCount=2 -Dsun.net.httpserver.nodelay=true -cp benchmarks.jar \
 *   io.kling4j.benchmarks.CallCostRun facade 15</pre>
 */
public final class CallCostRun {
    private CallCostRun() {
    }

    /** @param args variant, then measured seconds (default 15) */
    public static void main(String[] args) throws Exception {
        String variant = args.length > 0 ? args[0] : "facade";
        long seconds = args.length > 1 ? Long.parseLong(args[1]) : 15;
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        try (StubServer stub = new StubServer(SandboxLauncher.KEY);
             CallVariant calls = switch (variant) {
                 case "facade" -> new FacadeCalls(stub.baseUri(), SandboxLauncher.KEY, true);
                 case "facadeNoValidation" -> new FacadeCalls(stub.baseUri(), SandboxLauncher.KEY, false);
                 case "rawJdk" -> new RawJdkCalls(stub.baseUri(), SandboxLauncher.KEY);
                 default -> throw new IllegalArgumentException("variant: facade, facadeNoValidation or rawJdk");
             }) {
            run(calls, 10);
            Map<Long, long[]> before = new HashMap<>();
            for (long id : threads.getAllThreadIds()) {
                before.put(id, new long[] {threads.getThreadCpuTime(id), threads.getThreadAllocatedBytes(id)});
            }
            long t0 = System.nanoTime();
            int n = run(calls, seconds);
            long wall = System.nanoTime() - t0;
            Map<String, double[]> perThread = new TreeMap<>();
            for (long id : threads.getAllThreadIds()) {
                ThreadInfo info = threads.getThreadInfo(id);
                if (info == null) {
                    continue;
                }
                long[] b = before.getOrDefault(id, new long[2]);
                double[] sum = perThread.computeIfAbsent(info.getThreadName().replaceAll("\\d+", "N"), k -> new double[2]);
                sum[0] += (threads.getThreadCpuTime(id) - b[0]) / 1000.0 / n;
                sum[1] += (threads.getThreadAllocatedBytes(id) - b[1]) / (double) n;
            }
            double cpu = perThread.values().stream().mapToDouble(v -> v[0]).sum();
            double bytes = perThread.values().stream().mapToDouble(v -> v[1]).sum();
            StringBuilder line = new StringBuilder(String.format("RESULT variant=%s calls=%d meanMicros=%.1f"
                    + " cpuMicrosPerCall=%.1f bytesPerCall=%.0f", variant, n, wall / 1000.0 / n, cpu, bytes));
            perThread.forEach((name, v) -> {
                if (v[0] >= 0.5 || v[1] >= 100) {
                    line.append(String.format(" [%s cpu=%.1f bytes=%.0f]", name, v[0], v[1]));
                }
            });
            System.out.println(line);
        }
    }

    private static int run(CallVariant calls, long seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        int n = 0;
        while (System.nanoTime() < end) {
            calls.get(calls.submit());
            n++;
        }
        return n;
    }
}
