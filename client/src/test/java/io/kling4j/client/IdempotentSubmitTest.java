package io.kling4j.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kling4j.client.errors.IdempotencyConflictException;
import io.kling4j.client.errors.RequestTimeoutException;
import io.kling4j.client.TextToVideoParams;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every attempt of one submit carries the same Idempotency-Key, whatever made the first attempt fail. */
class IdempotentSubmitTest {
    private static final String CREATED = "{\"id\":\"task_1\",\"status\":\"pending\"}";
    private final RawServer server = new RawServer();
    private final ManualScheduler scheduler = new ManualScheduler();
    private final KlingClient client = KlingClient.builder().apiKey("sk-idem").baseUrl(server.baseUrl())
            .scheduler(scheduler).clock(scheduler.clock).build();
    private final CountDownLatch release = new CountDownLatch(1);

    IdempotentSubmitTest() throws Exception {
    }

    @AfterEach
    void close() throws Exception {
        release.countDown();
        client.close();
        server.close();
    }

    private CompletableFuture<KlingTask> submit(RequestOptions options) {
        return client.submitAsync(TextToVideoParams.builder().model("kling-3.0").prompt("A fox").durationSeconds(5).build(), options);
    }

    private void assertOneKeyAndOneBody(int attempts) {
        assertEquals(attempts, server.requests.size());
        String key = server.requests.get(0).header("Idempotency-Key");
        assertNotNull(key);
        for (int i = 1; i < attempts; i++) {
            assertEquals(key, server.requests.get(i).header("Idempotency-Key"));
            assertArrayEquals(server.requests.get(0).body(), server.requests.get(i).body());
            assertEquals(Integer.toString(i), server.requests.get(i).header(KlingClient.RETRY_COUNT_HEADER));
        }
    }

    @Test
    void connectionResetAfterTheBodyWasReadIsRetriedWithTheSameKey() throws Exception {
        server.then((request, socket) -> RawServer.reset(socket)) // body read, then no answer at all
                .then((request, socket) -> RawServer.json(socket, 200, CREATED));
        CompletableFuture<KlingTask> f = submit(RequestOptions.none());
        scheduler.runNext();
        assertEquals("task_1", f.get(10, TimeUnit.SECONDS).id());
        assertTrue(server.requests.get(0).bodyText().contains("\"prompt\":\"A fox\""));
        assertOneKeyAndOneBody(2);
    }

    @Test
    void aConnectionClosedWithoutAnswerAfterTheBodyWasReadIsRetriedWithTheSameKey() throws Exception {
        server.then((request, socket) -> { }) // body read, then an orderly close and no answer
                .then((request, socket) -> RawServer.json(socket, 200, CREATED));
        CompletableFuture<KlingTask> f = submit(RequestOptions.none());
        scheduler.runNext();
        assertEquals("task_1", f.get(10, TimeUnit.SECONDS).id());
        assertOneKeyAndOneBody(2);
    }

    @Test
    void a503IsRetriedWithTheSameKey() throws Exception {
        server.then((request, socket) -> RawServer.json(socket, 503, "{\"error\":{\"message\":\"busy\"}}"))
                .then((request, socket) -> RawServer.json(socket, 200, CREATED));
        CompletableFuture<KlingTask> f = submit(RequestOptions.none());
        scheduler.runNext();
        assertEquals("task_1", f.get(10, TimeUnit.SECONDS).id());
        assertOneKeyAndOneBody(2);
    }

    @Test
    void aPerRequestTimeoutIsRetriedWithTheSameKey() throws Exception {
        server.then((request, socket) -> release.await(30, TimeUnit.SECONDS)) // withholds its answer
                .then((request, socket) -> RawServer.json(socket, 200, CREATED));
        CompletableFuture<KlingTask> f = submit(RequestOptions.none().timeout(Duration.ofMillis(300)));
        scheduler.runNext(); // scheduled only once the first attempt timed out
        assertEquals("task_1", f.get(10, TimeUnit.SECONDS).id());
        assertOneKeyAndOneBody(2);
    }

    @Test
    void aTimeoutWithoutRetriesIsARequestTimeout() {
        server.then((request, socket) -> release.await(30, TimeUnit.SECONDS));
        ExecutionException e = assertThrows(ExecutionException.class, () -> submit(RequestOptions.none()
                .timeout(Duration.ofMillis(300)).retryPolicy(RetryPolicy.none())).get(10, TimeUnit.SECONDS));
        assertInstanceOf(RequestTimeoutException.class, e.getCause());
    }

    @Test
    void theCallersOwnKeyIsUsedAsIsOnEveryAttempt() throws Exception {
        server.then((request, socket) -> RawServer.reset(socket))
                .then((request, socket) -> RawServer.json(socket, 200, CREATED));
        CompletableFuture<KlingTask> f = submit(RequestOptions.none().idempotencyKey("order-42/attempt-A"));
        scheduler.runNext();
        f.get(10, TimeUnit.SECONDS);
        assertEquals("order-42/attempt-A", server.requests.get(0).header("Idempotency-Key"));
        assertOneKeyAndOneBody(2);
    }

    @Test
    void aReusedKeyWithAnotherBodyIsAnIdempotencyConflictAndNotRetried() {
        server.then((request, socket) -> RawServer.json(socket, 409,
                "{\"error\":{\"code\":\"idempotency_key_reused\",\"message\":\"Idempotency-Key reused with a different body\"}}"));
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> submit(RequestOptions.none().idempotencyKey("k1")).get(10, TimeUnit.SECONDS));
        assertInstanceOf(IdempotencyConflictException.class, e.getCause());
        assertEquals(1, server.requests.size());
        assertTrue(scheduler.isIdle());
    }
}
