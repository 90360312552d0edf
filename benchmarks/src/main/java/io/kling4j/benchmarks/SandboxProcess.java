package io.kling4j.benchmarks;

import io.kling4j.sandbox.KlingSandbox;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The sandbox in a JVM of its own, so that the threads, heap and allocations measured in the benchmark JVM are
 * the client's alone. Arguments: {@code pendingMillis processingMillis [clockScale]} (scale 1 unless given: the
 * lifecycle clock then runs that many times faster than the wall clock). Prints {@code BASE_URL=...} and
 * {@code CDN_URL=...}, then reads commands from stdin: {@code start} lets the lifecycle clock run (until then
 * every task is created at the same instant), {@code freeze} stops it at its origin again,
 * {@code freezeat MS} stops it at origin + MS (negative: tasks created then are already MS old at {@code start}), {@code create n} creates
 * n text-to-video tasks (8 at a time) and prints {@code ID=...} per task then {@code CREATED}, {@code tasks} prints
 * {@code TASKS=n}, {@code faults RATE SEED} hits API requests at random with that seeded rate (0 stops it) and
 * prints {@code FAULTS}; end of input stops it.
 */
public final class SandboxProcess {
    private SandboxProcess() {
    }

    /** @param args pending and processing time in milliseconds, optionally the clock scale */
    public static void main(String[] args) throws Exception {
        ScaledClock clock = ScaledClock.frozen(args.length > 2 ? Double.parseDouble(args[2]) : 1.0);
        try (KlingSandbox sandbox = KlingSandbox.builder()
                .pendingFor(Duration.ofMillis(Long.parseLong(args[0])))
                .processingFor(Duration.ofMillis(Long.parseLong(args[1])))
                .clock(clock).build().start()) {
            System.out.println("BASE_URL=" + sandbox.baseUri());
            System.out.println("CDN_URL=" + sandbox.cdnUri());
            System.out.flush();
            RawJdkCalls calls = new RawJdkCalls(sandbox.baseUri(), sandbox.apiKey()); // one pool for every create
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if ("start".equals(line.trim())) {
                    clock.start();
                    System.out.println("STARTED");
                } else if (line.startsWith("freezeat ")) {
                    clock.freezeAt(Duration.ofMillis(Long.parseLong(line.substring(9).trim())));
                    System.out.println("FROZEN");
                } else if ("freeze".equals(line.trim())) {
                    clock.freeze();
                    System.out.println("FROZEN");
                } else if (line.startsWith("create ")) {
                    for (String id : TaskCreator.create(calls, Integer.parseInt(line.substring(7).trim()), 8)) {
                        System.out.println("ID=" + id);
                    }
                    System.out.println("CREATED");
                } else if (line.startsWith("faults ")) {
                    String[] words = line.trim().split(" ");
                    sandbox.faults().randomRate(Double.parseDouble(words[1]), Long.parseLong(words[2]));
                    System.out.println("FAULTS");
                } else if ("tasks".equals(line.trim())) {
                    System.out.println("TASKS=" + sandbox.taskCount());
                }
                System.out.flush();
            }
        }
    }
}
