package io.kling4j.client;

import static io.kling4j.client.ScriptedServer.Reply.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kling4j.client.errors.ConflictException;
import io.kling4j.client.errors.ServerException;
import io.kling4j.client.TextToVideoParams;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The server's retry hints: X-Should-Retry, Retry-After (seconds, HTTP date), Retry-After-Ms, on 429 and 5xx. */
class RetryHintsTest {
    private static final String CREATED = "{\"id\":\"task_1\",\"status\":\"pending\"}";
    private final ScriptedServer server = new ScriptedServer();
    private final ManualScheduler scheduler = new ManualScheduler();
    private final KlingClient client = KlingClient.builder().apiKey("sk-hints").baseUrl(server.baseUrl())
            .scheduler(scheduler).clock(scheduler.clock).build();

    RetryHintsTest() throws Exception {
    }

    @AfterEach
    void close() {
        client.close();
        server.close();
    }

    private CompletableFuture<KlingTask> submit() {
        return client.submitAsync(TextToVideoParams.builder().model("kling-3.0").prompt("A fox").durationSeconds(5).build(), RequestOptions.none());
    }

    private static String busy() {
        return "{\"error\":{\"code\":\"busy\",\"message\":\"try later\"}}";
    }

    @Test
    void conflictIsNotRetriedUnlessTheServerSaysSo() {
        server.then(json(409, "{\"error\":{\"code\":\"source_task_not_ready\",\"message\":\"not ready\"}}"));
        ExecutionException e = assertThrows(ExecutionException.class, () -> submit().get());
        assertInstanceOf(ConflictException.class, e.getCause());
        assertEquals(1, server.requests.size());
        assertTrue(scheduler.isIdle());
    }

    @Test
    void conflictMarkedRetryableIsRetriedWithTheSameKey() throws Exception {
        server.then(json(409, "{\"error\":{\"code\":\"request_conflict\",\"message\":\"in flight\"}}")
                        .with("X-Should-Retry", "true"))
                .then(json(200, CREATED));
        CompletableFuture<KlingTask> f = submit();
        scheduler.runNext();
        assertEquals("task_1", f.get().id());
        assertEquals(server.requests.get(0).header("Idempotency-Key"), server.requests.get(1).header("Idempotency-Key"));
        assertEquals("1", server.requests.get(1).header(KlingClient.RETRY_COUNT_HEADER));
    }

    @Test
    void shouldRetryFalseVetoesARetryOfA503() {
        server.then(json(503, busy()).with("X-Should-Retry", "false"));
        ExecutionException e = assertThrows(ExecutionException.class, () -> submit().get());
        ServerException cause = assertInstanceOf(ServerException.class, e.getCause());
        assertEquals(0, cause.retryCount());
        assertEquals(1, server.requests.size());
        assertTrue(scheduler.isIdle());
    }

    @Test
    void retryAfterSecondsIsHonouredOn503() throws Exception {
        server.then(json(503, busy()).with("Retry-After", "4")).then(json(200, CREATED));
        CompletableFuture<KlingTask> f = submit();
        assertEquals(Duration.ofSeconds(4), scheduler.runNext());
        assertEquals("task_1", f.get().id());
    }

    @Test
    void retryAfterMsWinsOverRetryAfterOn500() throws Exception {
        server.then(json(500, busy()).with("Retry-After-Ms", "1500").with("Retry-After", "9")).then(json(200, CREATED));
        CompletableFuture<KlingTask> f = submit();
        assertEquals(Duration.ofMillis(1500), scheduler.runNext());
        assertEquals("task_1", f.get().id());
    }

    @Test
    void retryAfterAsAnHttpDateIsHonouredOn502() throws Exception {
        String at = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(20));
        server.then(json(502, busy()).with("Retry-After", at)).then(json(200, CREATED));
        CompletableFuture<KlingTask> f = submit();
        Duration delay = scheduler.runNext();
        // the date has whole seconds and the test takes a moment: between 15 and 20 s
        assertTrue(delay.compareTo(Duration.ofSeconds(15)) >= 0 && delay.compareTo(Duration.ofSeconds(20)) <= 0,
                delay.toString());
        assertEquals("task_1", f.get().id());
    }

    @Test
    void aRetryAfterLongerThanTheCapSurfacesAtOnceWithTheWait() {
        server.then(json(503, busy()).with("Retry-After", "120"));
        ExecutionException e = assertThrows(ExecutionException.class, () -> submit().get());
        ServerException cause = assertInstanceOf(ServerException.class, e.getCause());
        assertEquals(Duration.ofSeconds(120), cause.retryAfter().orElseThrow());
        assertEquals(1, server.requests.size());
        assertTrue(scheduler.isIdle());
    }

    @Test
    void theCapIsConfigurable() throws Exception {
        server.then(json(429, "{\"error\":\"slow down\"}").with("Retry-After", "120")).then(json(200, CREATED));
        RetryPolicy patient = new RetryPolicy(2, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofMinutes(5));
        CompletableFuture<KlingTask> f = client.submitAsync(TextToVideoParams.builder().model("kling-3.0").prompt("A fox").durationSeconds(5).build(),
                RequestOptions.none().retryPolicy(patient));
        assertEquals(Duration.ofSeconds(120), scheduler.runNext());
        assertEquals("task_1", f.get().id());
    }
}
