package io.kling4j.benchmarks;

import io.kling4j.client.Endpoint;
import io.kling4j.client.KlingClient;
import io.kling4j.client.KlingTask;
import io.kling4j.client.RequestOptions;
import io.kling4j.client.RetryPolicy;
import io.kling4j.client.WaitOptions;
import io.kling4j.client.errors.KlingException;
import io.kling4j.client.TextToVideoParams;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The soak of issue 17: {@code n} submit + wait (+ a sampled download) jobs against the sandbox (in a JVM of its
 * own) while its API answers a seeded random share of requests with a fault (503, 500, 429, a reset before or after
 * the body, truncated JSON). Then faults stop, every create that failed is recovered by its Idempotency-Key, and
 * the sandbox's task count shows whether any submit paid twice. Prints one line per figure.
 */
final class SoakRun {
    private static final int IN_FLIGHT = 500;
    private static final Duration HANG_LIMIT = Duration.ofMinutes(10);

    private final int n;
    private final double rate;
    private final long seed;
    private final double downloadShare;
    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<KlingException> failedCreates = new ConcurrentLinkedQueue<>();
    private final AtomicInteger created = new AtomicInteger();
    private final AtomicInteger completed = new AtomicInteger();
    private final AtomicInteger downloaded = new AtomicInteger();
    private final AtomicInteger untyped = new AtomicInteger();

    SoakRun(int n, double rate, long seed, double downloadShare) {
        this.n = n;
        this.rate = rate;
        this.seed = seed;
        this.downloadShare = downloadShare;
    }

    void run() throws Exception {
        Path dir = Files.createTempDirectory("kling4j-soak");
        ExecutorService downloads = Executors.newFixedThreadPool(2, r -> daemon(r, "soak-download"));
        try (SandboxLauncher sandbox = SandboxLauncher.start(Duration.ofMillis(100), Duration.ofMillis(400));
             ResourceSampler sampler = new ResourceSampler()) {
            sandbox.startClock();
            long heap0 = sampler.heapAfterGc();
            int threads0 = sampler.liveThreads();
            long started0 = ManagementFactory.getThreadMXBean().getTotalStartedThreadCount();
            sampler.reset();
            sandbox.randomFaults(rate, seed);
            int hung;
            long t0 = System.nanoTime();
            try (KlingClient client = KlingClient.builder().baseUrl(sandbox.baseUri()).apiKey(SandboxLauncher.KEY)
                    .retryPolicy(new RetryPolicy(2, Duration.ofMillis(20), Duration.ofMillis(200), Duration.ofSeconds(2)))
                    .build()) {
                hung = jobs(client, downloads, dir, new Random(seed));
                double seconds = (System.nanoTime() - t0) / 1e9;
                int clientThreads = sampler.jvmPeakThreads() - threads0;
                long started = ManagementFactory.getThreadMXBean().getTotalStartedThreadCount() - started0;
                long peakHeap = sampler.peakHeap() - heap0;
                Map<String, Integer> names = sampler.namesAtPeak();
                sandbox.randomFaults(0, seed);
                recover(client, sandbox, seconds, hung);
                print("threads added at peak", clientThreads + " (started in all: " + started
                        + ", 2 of them the harness's downloaders; names at peak: " + names + ")");
                print("heap growth at peak", peakHeap / (1024 * 1024) + " MiB");
            }
        } finally {
            downloads.shutdownNow();
            try (var files = Files.list(dir)) {
                files.forEach(f -> f.toFile().delete());
            }
            Files.deleteIfExists(dir);
        }
    }

    private int jobs(KlingClient client, ExecutorService downloads, Path dir, Random random) throws Exception {
        Semaphore window = new Semaphore(IN_FLIGHT);
        List<CompletableFuture<?>> all = new ArrayList<>(n);
        WaitOptions wait = WaitOptions.builder().pollInterval(Duration.ofMillis(200)).timeout(Duration.ofMinutes(5)).build();
        for (int i = 0; i < n; i++) {
            boolean download = random.nextDouble() < downloadShare;
            String file = "soak-" + i + ".mp4";
            window.acquire();
            CompletableFuture<?> job = client.submitAsync(request(), RequestOptions.none())
                    .whenComplete((task, e) -> {
                        if (e == null) {
                            created.incrementAndGet();
                        } else if (unwrap(e) instanceof KlingException k) {
                            failedCreates.add(k);
                        }
                    })
                    .thenCompose(task -> client.waitForAsync(task.endpoint(), task.id(), wait))
                    .thenCompose(task -> {
                        completed.incrementAndGet();
                        return download ? CompletableFuture.runAsync(() -> {
                            Path saved = client.download(task, dir.resolve(file));
                            downloaded.incrementAndGet();
                            saved.toFile().delete();
                        }, downloads) : CompletableFuture.completedFuture(null);
                    })
                    .whenComplete((v, e) -> {
                        window.release();
                        if (e != null) {
                            Throwable cause = unwrap(e);
                            if (!(cause instanceof KlingException)) {
                                untyped.incrementAndGet();
                            }
                            failures.computeIfAbsent(cause.getClass().getSimpleName(), k -> new AtomicInteger())
                                    .incrementAndGet();
                        }
                    });
            all.add(job);
        }
        long deadline = System.nanoTime() + HANG_LIMIT.toNanos();
        int hung = 0;
        for (CompletableFuture<?> job : all) {
            try {
                job.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                hung++;
            } catch (java.util.concurrent.ExecutionException e) {
                // counted in failures
            }
        }
        return hung;
    }

    private void recover(KlingClient client, SandboxLauncher sandbox, double seconds, int hung) {
        int before = sandbox.taskCount();
        int orphans = before - created.get();
        long mayExist = failedCreates.stream().filter(KlingException::taskMayExist).count();
        int recovered = 0;
        int recoveryFailed = 0;
        for (KlingException failure : failedCreates) {
            try {
                client.recover(failure);
                recovered++;
            } catch (KlingException again) {
                recoveryFailed++;
            }
        }
        int after = sandbox.taskCount();
        int madeByRecovery = after - before;
        print("jobs", n + " at fault rate " + rate + " (seed " + seed + "), " + String.format("%.1f", seconds) + " s");
        print("completed (waited to the end)", Integer.toString(completed.get()));
        print("downloaded (sampled)", Integer.toString(downloaded.get()));
        print("typed failures by class", new TreeMap<>(failures).toString());
        print("untyped failures", Integer.toString(untyped.get()));
        print("hung futures", Integer.toString(hung));
        print("creates that failed after retries", failedCreates.size() + " (task may exist: " + mayExist + ")");
        print("orphaned tasks (made by a failed create)", Integer.toString(orphans));
        print("recovered by their key", recovered + " (" + (recovered - madeByRecovery) + " orphans found, "
                + madeByRecovery + " created once by recover because no attempt had reached the server; "
                + recoveryFailed + " recoveries failed)");
        print("duplicate tasks", Integer.toString(after - (created.get() + recovered)));
        print("tasks on the server", Integer.toString(after));
    }

    private static TextToVideoParams request() {
        // one prompt for all: the sandbox renders the sampled downloads' MP4 once
        return TextToVideoParams.builder().model("kling-3.0").prompt("A fox in the snow, soak test").durationSeconds(5).build();
    }

    private static Throwable unwrap(Throwable e) {
        return e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private static void print(String figure, String value) {
        System.out.println("SOAK " + figure + ": " + value);
    }
}
