package io.kling4j.benchmarks;

import io.kling4j.client.Endpoint;
import io.kling4j.client.KlingClient;
import io.kling4j.client.KlingClientBuilder;
import io.kling4j.client.KlingTask;
import io.kling4j.client.WaitOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Figure 2, one configuration per JVM: {@code n} tasks created in the sandbox JVM at one frozen instant (1 s
 * pending, then processing until {@code taskSeconds}, default 30), then {@code n} concurrent waits started
 * together with the sandbox clock; heap is measured after a full GC half way through the tasks. Modes:
 * {@code facade} ({@code waitForAsync} on a client exactly as built by default: its own JDK client and threads;
 * polls counted from its request log), {@code facade-bounded} (the same plus the JVM flags of the suite), {@code -Dkling4j.ioThreads=N} sets the facade's {@code ioThreads}. {@code anchor} (one platform thread per wait, Apache HttpClient 5 pool of
 * 64, Thread.sleep(2 s) between polls, as RunAPI's SDK does). Prints one {@code RESULT} line.
 */
public final class WaitScaleRun {

    private static long rssMid;

    private WaitScaleRun() {
    }

    /** @param args mode, n and optionally the task duration in seconds */
    public static void main(String[] args) throws Exception {
        String mode = args[0];
        int n = Integer.parseInt(args[1]);
        int taskSeconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        Duration measureAt = Duration.ofSeconds(taskSeconds).dividedBy(2); // every wait in flight, none done
        try (SandboxLauncher sandbox = SandboxLauncher.start(Duration.ofSeconds(1),
                Duration.ofSeconds(taskSeconds - 1));
             ResourceSampler sampler = new ResourceSampler()) {
            List<String> ids = sandbox.createTasks(n);
            long heap0 = sampler.heapAfterGc();
            long rss0 = ResourceSampler.rssBytes();
            int threads0 = sampler.liveThreads();
            sampler.reset();
            LongAdder polls = new LongAdder();
            AtomicInteger failures = new AtomicInteger();
            long heapMid;
            long t0;
            long wallNanos;
            if (mode.startsWith("facade")) {
                // the facade exactly as a user gets it: its own JDK client and threads; polls are counted from its
                // request log (one DEBUG line per request), so the harness adds no thread and no transport
                PollCountingLogger log = new PollCountingLogger();
                try (KlingClient client = KlingClient.builder().baseUrl(sandbox.baseUri())
                        .ioThreads(Integer.getInteger("kling4j.ioThreads", KlingClientBuilder.DEFAULT_IO_THREADS))
                        .apiKey(SandboxLauncher.KEY).logger(log).build()) {
                    sandbox.startClock();
                    t0 = System.nanoTime();
                    List<CompletableFuture<KlingTask>> waits = new ArrayList<>(n);
                    for (String id : ids) {
                        waits.add(client.waitForAsync(Endpoint.of("text_to_video"), id, WaitOptions.defaults())
                                .whenComplete((task, error) -> {
                                    if (error != null) {
                                        failures.incrementAndGet();
                                    }
                                }));
                    }
                    heapMid = heapAt(sampler, t0, measureAt);
                    CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new)).handle((v, e) -> v).join();
                    wallNanos = System.nanoTime() - t0;
                    polls.add(log.gets());
                }
            } else if (mode.equals("anchor")) {
                try (ApacheCalls calls = new ApacheCalls(sandbox.baseUri(), SandboxLauncher.KEY, 64)) {
                    CountDownLatch done = new CountDownLatch(n);
                    CountDownLatch go = new CountDownLatch(1);
                    for (String id : ids) { // every run owns its thread from the start, as in the anchor
                        new Thread(() -> anchorWait(calls, id, go, polls, failures, done), "anchor-wait").start();
                    }
                    sandbox.startClock();
                    t0 = System.nanoTime();
                    go.countDown();
                    heapMid = heapAt(sampler, t0, measureAt);
                    done.await();
                    wallNanos = System.nanoTime() - t0;
                }
            } else {
                throw new IllegalArgumentException("unknown mode " + mode);
            }
            System.out.printf("RESULT mode=%s n=%d taskSeconds=%d wallMs=%d threadsBefore=%d jvmPeakThreads=%d"
                            + " addedThreads=%d retainedBytesPerWait=%d peakHeapGrowthMiB=%.1f rssGrowthMiB=%.0f"
                            + " pollsPerTask=%.2f failures=%d%n",
                    mode, n, taskSeconds, wallNanos / 1_000_000, threads0, sampler.jvmPeakThreads(),
                    sampler.jvmPeakThreads() - threads0, (heapMid - heap0) / n,
                    (sampler.peakHeap() - heap0) / 1048576.0, (rssMid - rss0) / 1048576.0,
                    polls.sum() / (double) n, failures.get());
            System.out.println("THREADS-AT-PEAK " + sampler.namesAtPeak());
        }
    }

    /** Waits until {@code at} after t0 (a measurement point, not synchronisation), then measures. */
    private static long heapAt(ResourceSampler sampler, long t0, Duration at) throws InterruptedException {
        long left = at.toNanos() - (System.nanoTime() - t0);
        if (left > 0) {
            Thread.sleep(left / 1_000_000);
        }
        rssMid = ResourceSampler.rssBytes();
        return sampler.heapAfterGc();
    }

    /** The anchor's model: a thread polls, then sleeps a fixed 2 s. */
    private static void anchorWait(ApacheCalls calls, String id, CountDownLatch go, LongAdder polls,
            AtomicInteger failures, CountDownLatch done) {
        try {
            go.await();
            while (true) {
                TaskJson task = calls.task(id);
                polls.increment();
                if (task.finished()) {
                    return;
                }
                Thread.sleep(2000);
            }
        } catch (Exception e) {
            failures.incrementAndGet();
        } finally {
            done.countDown();
        }
    }
}
