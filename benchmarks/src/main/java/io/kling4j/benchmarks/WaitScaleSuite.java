package io.kling4j.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Figure 2: runs {@link WaitScaleRun} once per configuration, each in a fresh JVM (so peaks do not carry over),
 * for 1,000 and 10,000 waits; {@code quick} runs 1,000 only. The {@code facade-bounded} rows add the JVM settings
 * that bound the JDK's own thread use on a 2-core machine (see docs/benchmarks.md).
 */
final class WaitScaleSuite {
    /** JVM flags of the tuned rows: a real common pool, no compensation threads, at most 16 idle connections. */
    static final List<String> TUNED_FLAGS = List.of("-Djava.util.concurrent.ForkJoinPool.common.parallelism=2",
            "-Djava.util.concurrent.ForkJoinPool.common.maximumSpares=0", "-Djdk.httpclient.connectionPoolSize=16");

    private WaitScaleSuite() {
    }

    static void run(boolean quick) throws Exception {
        int[] sizes = quick ? new int[] {1000} : new int[] {1000, 10000};
        for (int n : sizes) {
            runOne("facade", List.of(), n);
            runOne("facade-bounded", TUNED_FLAGS, n);
            runOne("anchor", List.of(), n);
            run(IdleWaitRun.class.getName(), List.of(), List.of(Integer.toString(n)));
            run(IdleWaitRun.class.getName(), TUNED_FLAGS, List.of(Integer.toString(n)));
        }
    }

    private static void runOne(String mode, List<String> flags, int n) throws Exception {
        run(WaitScaleRun.class.getName(), flags, List.of(mode, Integer.toString(n)));
    }

    private static void run(String main, List<String> flags, List<String> args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx2g");
        cmd.add("-D" + BenchMain.NODELAY + "=true");
        cmd.addAll(flags);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), main));
        cmd.addAll(args);
        System.out.println("# " + main.substring(main.lastIndexOf('.') + 1) + " " + String.join(" ", args)
                + (flags.isEmpty() ? "" : " " + String.join(" ", flags)));
        Process p = new ProcessBuilder(cmd).inheritIO().start();
        if (p.waitFor() != 0) {
            System.out.println("# run failed with exit code " + p.exitValue());
        }
    }
}
