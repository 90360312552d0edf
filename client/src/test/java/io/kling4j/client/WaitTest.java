package io.kling4j.client;

import static io.kling4j.client.ScriptedServer.Reply.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kling4j.client.errors.TaskFailedException;
import io.kling4j.client.errors.WaitTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WaitTest {
    private final ScriptedServer server = new ScriptedServer();
    private final ManualScheduler scheduler = new ManualScheduler();
    private final KlingClient client = KlingClient.builder().apiKey("sk-test").baseUrl(server.baseUrl())
            .scheduler(scheduler).clock(scheduler.clock).build();

    WaitTest() throws Exception {
    }

    @AfterEach
    void close() {
        client.close();
        server.close();
    }

    private static String task(String status) {
        return "{\"id\":\"t1\",\"status\":\"" + status + "\"}";
    }

    @Test
    void pollsThroughTheLifecycleWithBackoffAndReportsChanges() throws Exception {
        server.then(json(200, task("pending"))).then(json(200, task("pending"))).then(json(200, task("processing")))
                .then(json(200, "{\"id\":\"t1\",\"status\":\"completed\",\"videos\":[{\"url\":\"http://cdn/v.mp4\"}],"
                        + "\"usage\":{\"cost\":0.35}}"));
        List<String> seen = new CopyOnWriteArrayList<>();
        WaitOptions options = WaitOptions.builder().pollBackoff(Duration.ofSeconds(1), Duration.ofSeconds(2), 2.0)
                .listener((t, elapsed) -> seen.add(t.status() + "@" + elapsed.toSeconds())).build();
        CompletableFuture<KlingTask> f = client.waitForAsync(Endpoint.of("text_to_video"), "t1", options);
        assertEquals(Duration.ofSeconds(1), scheduler.runNext());
        assertEquals(Duration.ofSeconds(2), scheduler.runNext());
        assertEquals(Duration.ofSeconds(2), scheduler.runNext());
        KlingTask done = f.get();
        assertTrue(done.isCompleted());
        assertEquals(List.of("http://cdn/v.mp4"), done.videoUrls());
        assertEquals(0.35, done.cost().orElseThrow());
        assertEquals(List.of("pending@0", "processing@3", "completed@5"), seen);
        assertEquals(4, server.requests.size());
    }

    @Test
    void failedTaskThrowsTaskFailedWithItsError() {
        server.then(json(200, "{\"id\":\"t1\",\"status\":\"failed\",\"error\":\"content policy\"}"));
        TaskFailedException e = assertThrows(TaskFailedException.class,
                () -> client.waitFor(Endpoint.of("text_to_video"), "t1", WaitOptions.defaults()));
        assertEquals("t1", e.taskId());
        assertEquals("content policy", e.task().error().orElseThrow());
    }

    @Test
    void deadlineMissCarriesTheTaskIdAndLastStatus() throws Exception {
        for (int i = 0; i < 10; i++) {
            server.then(json(200, task("processing")));
        }
        WaitOptions options = WaitOptions.builder().timeout(Duration.ofSeconds(5)).pollInterval(Duration.ofSeconds(2))
                .build();
        CompletableFuture<KlingTask> f = client.waitForAsync(Endpoint.of("text_to_video"), "t1", options);
        assertEquals(Duration.ofSeconds(2), scheduler.runNext());
        assertEquals(Duration.ofSeconds(2), scheduler.runNext());
        assertEquals(Duration.ofSeconds(1), scheduler.runNext()); // clamped to the deadline
        ExecutionException e = assertThrows(ExecutionException.class, f::get);
        WaitTimeoutException timeout = assertInstanceOf(WaitTimeoutException.class, e.getCause());
        assertEquals("t1", timeout.taskId());
        assertEquals("processing", timeout.lastSeen().orElseThrow().status().value());
        assertEquals(4, server.requests.size());
    }

    @Test
    void cancellingTheFutureStopsPolling() throws Exception {
        server.then(json(200, task("processing")));
        CompletableFuture<KlingTask> f = client.waitForAsync(Endpoint.of("text_to_video"), "t1", WaitOptions.defaults());
        ManualScheduler.Scheduled next = scheduler.next();
        f.cancel(true);
        // the scheduled poll is cancelled (get() returns at once when it is, and waits for it otherwise)
        assertThrows(CancellationException.class, () -> next.handle().get(10, TimeUnit.SECONDS));
        assertEquals(1, server.requests.size());
    }

    @Test
    void transientPollFailuresDoNotEndTheWait() throws Exception {
        KlingClient noRetry = KlingClient.builder().apiKey("sk-test").baseUrl(server.baseUrl()).maxRetries(0)
                .scheduler(scheduler).clock(scheduler.clock).build();
        server.then(json(503, "{\"error\":\"busy\"}"))
                .then(json(200, "{\"id\":\"t1\",\"status\":\"completed\",\"videos\":[{\"url\":\"http://cdn/v.mp4\"}]}"));
        CompletableFuture<KlingTask> f = noRetry.waitForAsync(Endpoint.of("text_to_video"), "t1", WaitOptions.defaults());
        scheduler.runNext();
        assertTrue(f.get().isCompleted());
    }
}
