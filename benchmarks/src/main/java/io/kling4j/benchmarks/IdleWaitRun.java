package io.kling4j.benchmarks;

import io.kling4j.client.Endpoint;
import io.kling4j.client.KlingClient;
import io.kling4j.client.KlingTask;
import io.kling4j.client.WaitOptions;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

/**
 * Figure 2, footprint of an idle wait, one JVM per run: {@code n} waits on tasks that stay pending (the sandbox
 * clock never starts), each polled once and then parked on the scheduler for 60 s. Heap after a full GC once
 * every wait has seen its first answer, minus the heap before, divided by n: what one waiting task costs, with no
 * request in flight. Prints one {@code RESULT} line, and the class histogram with {@code -Dbench.histogram=true}.
 */
public final class IdleWaitRun {
    private IdleWaitRun() {
    }

    /** @param args n */
    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        try (SandboxLauncher sandbox = SandboxLauncher.start(Duration.ofSeconds(1), Duration.ofSeconds(3));
             ResourceSampler sampler = new ResourceSampler()) {
            List<String> ids = sandbox.createTasks(n);
            long heap0 = sampler.heapAfterGc();
            int threads0 = sampler.liveThreads();
            sampler.reset();
            CountDownLatch answered = new CountDownLatch(n);
            WaitOptions options = WaitOptions.builder().pollInterval(Duration.ofSeconds(60))
                    .listener((task, elapsed) -> answered.countDown()).build();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            try (KlingClient client = KlingClient.builder().baseUrl(sandbox.baseUri()).apiKey(SandboxLauncher.KEY)
                    .httpClient(http).build()) {
                List<CompletableFuture<KlingTask>> waits = new ArrayList<>(n);
                for (String id : ids) {
                    waits.add(client.waitForAsync(Endpoint.of("text_to_video"), id, options));
                }
                answered.await();
                long heap = sampler.heapAfterGc();
                System.out.printf("RESULT mode=idle n=%d retainedBytes=%d retainedBytesPerWait=%d jvmPeakThreads=%d"
                        + " addedThreads=%d%n", n, heap - heap0, (heap - heap0) / n, sampler.jvmPeakThreads(),
                        sampler.jvmPeakThreads() - threads0);
                if (Boolean.getBoolean("bench.histogram")) { // what the waits hold, biggest first
                    new ProcessBuilder("jcmd", Long.toString(ProcessHandle.current().pid()), "GC.class_histogram")
                            .inheritIO().start().waitFor();
                }
                waits.forEach(w -> w.cancel(true));
            }
        }
    }
}
