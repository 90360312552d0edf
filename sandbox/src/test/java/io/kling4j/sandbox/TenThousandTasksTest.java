package io.kling4j.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The sandbox holds 10,000 tasks in flight: 10,000 creates, then a poll of each, with bounded concurrency. */
class TenThousandTasksTest {
    private static final int TASKS = 10_000;
    private static final int CONCURRENCY = 32;
    private static final long BOUND_SECONDS = 180;

    @Test
    void tenThousandCreatesThenPolls() throws Exception {
        MutableClock clock = new MutableClock();
        try (KlingSandbox sandbox = KlingSandbox.builder().clock(clock).build().start()) {
            SandboxHttp http = new SandboxHttp(sandbox);
            List<String> ids = all(i -> http.api("/api/v1/kling/text_to_video")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"model\":\"kling-3.0\",\"prompt\":\"task " + i + "\"}")).build(), "id");
            assertEquals(TASKS, new HashSet<>(ids).size());
            assertEquals(TASKS, sandbox.taskCount());

            clock.advance(Duration.ofSeconds(4));
            List<String> statuses = all(i -> http.api("/api/v1/kling/text_to_video/" + ids.get(i)).GET().build(),
                    "status");

            assertEquals(Set.of("completed"), new HashSet<>(statuses));
            assertEquals(TASKS, sandbox.taskCount());
        }
    }

    /** Sends request i for every i below TASKS, at most CONCURRENCY at a time; returns the field of each answer. */
    private static List<String> all(Function<Integer, HttpRequest> request, String field) throws Exception {
        long start = System.nanoTime();
        List<String> values = run(request, field);
        System.out.printf("%d requests in %d ms%n", TASKS, (System.nanoTime() - start) / 1_000_000);
        return values;
    }

    private static List<String> run(Function<Integer, HttpRequest> request, String field) throws Exception {
        Semaphore permits = new Semaphore(CONCURRENCY);
        List<CompletableFuture<String>> answers = new ArrayList<>(TASKS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(BOUND_SECONDS);
        for (int i = 0; i < TASKS; i++) {
            if (!permits.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                throw new AssertionError("not done within " + BOUND_SECONDS + " s");
            }
            answers.add(SandboxHttp.CLIENT.sendAsync(request.apply(i), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((response, error) -> permits.release())
                    .thenApply(response -> {
                        if (response.statusCode() != 200) {
                            throw new AssertionError(response.statusCode() + " " + response.body());
                        }
                        return SandboxHttp.json(response).path(field).asText();
                    }));
        }
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new))
                .get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        return answers.stream().map(CompletableFuture::join).toList();
    }

}
