package io.kling4j.examples;

import io.kling4j.client.Endpoint;
import io.kling4j.client.KlingClient;
import io.kling4j.client.KlingTask;
import io.kling4j.client.WaitOptions;
import io.kling4j.client.TextToVideoParams;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Submit a batch of tasks at once (default 100) and wait for all of them without a thread per task, printing
 * progress as they finish. {@code java -cp ... io.kling4j.examples.AsyncBatch [count]}.
 */
public final class AsyncBatch {
    private AsyncBatch() {
    }

    /** @param args optional number of tasks */
    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        try (ExampleBackend backend = ExampleBackend.open()) {
            KlingClient kling = backend.client();
            WaitOptions wait = WaitOptions.builder().pollInterval(Duration.ofMillis(200))
                    .timeout(Duration.ofMinutes(15)).build();
            AtomicInteger finished = new AtomicInteger();
            List<CompletableFuture<KlingTask>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                futures.add(kling.textToVideo().createAndWaitAsync(TextToVideoParams.builder().model("kling-3.0")
                                .prompt("Shot " + (i + 1) + " of a timelapse of clouds").durationSeconds(5).build(), wait)
                        .whenComplete((task, error) -> {
                            int n = finished.incrementAndGet();
                            if (n % 10 == 0 || n == count) {
                                System.out.println("finished " + n + "/" + count);
                            }
                        }));
            }
            CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
            long completed = futures.stream().filter(f -> !f.isCompletedExceptionally())
                    .filter(f -> f.join().isCompleted()).count();
            System.out.println("completed " + completed + "/" + count);
        }
    }
}
