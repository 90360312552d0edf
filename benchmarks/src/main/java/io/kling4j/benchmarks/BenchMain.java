package io.kling4j.benchmarks;

import java.util.Arrays;
import java.util.List;

/**
 * Entry point of {@code benchmarks.jar}: {@code java -jar benchmarks/target/benchmarks.jar SUITE [quick]} where
 * SUITE is {@code calls} (figure 1, JMH), {@code waits} (2), {@code polling} (3), {@code download} (4) or
 * {@code all}; {@code soak N RATE [SEED]} is the fault soak of issue 17 and {@code upload [MiB]} the
 * upload throughput of issue 14 (neither in {@code all}). {@code quick} shortens calls and waits for development. Figure 5 is {@code benchmarks/regen.sh}.
 */
public final class BenchMain {
    /**
     * JDK HttpServer's switch for TCP_NODELAY, off by default: without it, every response written as headers then
     * body waits for the client's delayed ACK (about 40 ms per request on Linux). Set in every benchmark JVM.
     */
    static final String NODELAY = "sun.net.httpserver.nodelay";

    private BenchMain() {
    }

    /** @param args the suite and optionally {@code quick} */
    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: java -jar benchmarks.jar calls|waits|polling|download|all [quick]"
                    + " | soak N RATE [SEED] | upload [MiB]");
            System.exit(2);
        }
        System.setProperty(NODELAY, "true");
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        boolean quick = rest.contains("quick");
        String suite = args[0];
        boolean all = suite.equals("all");
        if (all || suite.equals("calls")) {
            PerCallSuite.run(quick);
        }
        if (all || suite.equals("waits")) {
            WaitScaleSuite.run(quick);
        }
        if (all || suite.equals("polling")) {
            PollingSuite.run();
        }
        if (all || suite.equals("download")) {
            DownloadSuite.run();
        }
        if (suite.equals("upload")) { // not part of "all": java -jar benchmarks.jar upload [MiB]
            UploadSuite.run(rest.isEmpty() ? 512 : Integer.parseInt(rest.get(0)));
            return;
        }
        if (suite.equals("soak")) { // not part of "all": java -jar benchmarks.jar soak N RATE [SEED]
            new SoakRun(Integer.parseInt(rest.get(0)), Double.parseDouble(rest.get(1)),
                    rest.size() > 2 ? Long.parseLong(rest.get(2)) : 17L, 0.005).run();
            return;
        }
        if (!all && !List.of("calls", "waits", "polling", "download").contains(suite)) {
            System.err.println("unknown suite " + suite);
            System.exit(2);
        }
    }
}
