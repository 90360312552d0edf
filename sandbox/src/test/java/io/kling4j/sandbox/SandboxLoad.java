package io.kling4j.sandbox;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded load harness: {@code clients} threads send status GETs of seeded tasks to an embedded sandbox for
 * {@code seconds}, then it prints requests per second and latency percentiles. Run it with
 * {@code ./mvnw -q -o -pl sandbox exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.kling4j.sandbox.SandboxLoad -Dexec.args="64 20"} (defaults: 64 clients, 20 s).
 */
public final class SandboxLoad {
    /** What one run measured. */
    record Result(long requests, long errors, double seconds, long p50Micros, long p99Micros) {
        double perSecond() {
            return requests / seconds;
        }
    }

    private SandboxLoad() {
    }

    /**
     * @param args {@code [clients [seconds]]}
     * @throws Exception when the run cannot complete
     */
    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 64;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        try (KlingSandbox sandbox = KlingSandbox.builder().build().start()) {
            run(sandbox, clients, Duration.ofSeconds(Math.min(seconds, 3)), System.out); // warm-up
            report(run(sandbox, clients, Duration.ofSeconds(seconds), System.out), clients, System.out);
        }
    }

    static void report(Result result, int clients, PrintStream out) {
        out.printf("%d clients, %.1f s: %d status GETs, %d errors, %.0f requests/s, p50 %d us, p99 %d us%n",
                clients, result.seconds(), result.requests(), result.errors(), result.perSecond(),
                result.p50Micros(), result.p99Micros());
    }

    /** Runs {@code clients} loops of status GETs on 100 seeded tasks for {@code duration}. */
    static Result run(KlingSandbox sandbox, int clients, Duration duration, PrintStream out) throws Exception {
        String[] statuses = {"pending", "processing", "completed", "failed"};
        for (int i = 0; i < 100; i++) {
            sandbox.seedTask("text_to_video", "task_load_" + i, statuses[i % statuses.length]);
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        AtomicLong requests = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long[][] latencies = new long[clients][];
        long end = System.nanoTime() + duration.toNanos();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            pool.execute(() -> latencies[client] = loop(sandbox, http, client, end, requests, errors));
        }
        pool.shutdown();
        if (!pool.awaitTermination(duration.toSeconds() + 60, TimeUnit.SECONDS)) {
            pool.shutdownNow();
            throw new IllegalStateException("load clients did not stop");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(requests.get(), errors.get(), seconds, percentile(all, 0.50), percentile(all, 0.99));
    }

    private static long[] loop(KlingSandbox sandbox, HttpClient http, int client, long end, AtomicLong requests,
                               AtomicLong errors) {
        long[] samples = new long[1 << 16];
        int count = 0;
        for (int i = 0; System.nanoTime() < end; i++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(sandbox.baseUri()
                            + "/api/v1/kling/text_to_video/task_load_" + ((client + i) % 100)))
                    .timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + sandbox.apiKey()).GET().build();
            long t0 = System.nanoTime();
            try {
                int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status != 200) {
                    errors.incrementAndGet();
                }
            } catch (Exception e) {
                errors.incrementAndGet();
            }
            requests.incrementAndGet();
            if (count < samples.length) {
                samples[count++] = (System.nanoTime() - t0) / 1000;
            }
        }
        return Arrays.copyOf(samples, count);
    }

    private static long percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (sorted.length * p))];
    }
}
