package io.kling4j.client;

import static io.kling4j.client.ScriptedServer.Reply.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kling4j.client.errors.AuthenticationException;
import io.kling4j.client.errors.IdempotencyConflictException;
import io.kling4j.client.errors.KlingException;
import io.kling4j.client.errors.NetworkException;
import io.kling4j.client.errors.NotFoundException;
import io.kling4j.client.errors.RateLimitException;
import io.kling4j.client.errors.ServerException;
import io.kling4j.client.errors.UnexpectedResponseException;
import io.kling4j.client.errors.ValidationException;
import io.kling4j.client.TextToVideoParams;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SubmitAndErrorsTest {
    private static final String KEY = "sk-test-secret-key-123";
    private final ScriptedServer server = new ScriptedServer();
    private final ManualScheduler scheduler = new ManualScheduler();
    private final KlingClient client = KlingClient.builder().apiKey(KEY).baseUrl(server.baseUrl())
            .scheduler(scheduler).clock(scheduler.clock).build();

    SubmitAndErrorsTest() throws Exception {
    }

    @AfterEach
    void close() {
        client.close();
        server.close();
    }

    private static TextToVideoParams fox() {
        return TextToVideoParams.builder().model("kling-3.0").prompt("A fox").durationSeconds(5).build();
    }

    @Test
    void submitSendsKeyIdempotencyKeyAndUserAgentAndReadsTheTask() {
        server.then(json(200, "{\"id\":\"task_1\",\"status\":\"pending\"}"));
        KlingTask task = client.submit(fox());
        assertEquals("task_1", task.id());
        assertEquals(TaskStatus.PENDING, task.status());
        ScriptedServer.Recorded r = server.requests.get(0);
        assertEquals("POST", r.method());
        assertEquals("/api/v1/kling/text_to_video", r.path());
        assertEquals("Bearer " + KEY, r.header("Authorization"));
        assertNotNull(r.header("Idempotency-Key"));
        assertTrue(r.header("User-Agent").startsWith("kling4j/"));
        assertEquals("0", r.header(KlingClient.RETRY_COUNT_HEADER));
        assertTrue(r.body().contains("\"duration_seconds\":5"), r.body());
    }

    @Test
    void createResponseWithTaskIdIsAccepted() {
        server.then(json(200, "{\"task_id\":\"tsk_abc\",\"status\":\"pending\",\"model\":\"kling-3.0\"}"));
        assertEquals("tsk_abc", client.submit(fox()).id());
    }

    @Test
    void createWithoutAnyIdIsAnUnexpectedResponse() {
        server.then(json(200, "{\"status\":\"pending\"}"));
        assertThrows(UnexpectedResponseException.class, () -> client.submit(fox()));
    }

    @Test
    void retriedCreateReusesItsIdempotencyKeyAndCountsRetries() throws Exception {
        server.then(json(503, "{\"error\":{\"code\":\"busy\",\"message\":\"try later\"}}"))
                .then(json(200, "{\"id\":\"task_1\",\"status\":\"pending\"}"));
        CompletableFuture<KlingTask> f = client.submitAsync(fox(), RequestOptions.none());
        Duration backoff = scheduler.runNext();
        assertTrue(backoff.compareTo(Duration.ofMillis(375)) >= 0 && backoff.compareTo(Duration.ofMillis(500)) <= 0,
                backoff.toString());
        assertEquals("task_1", f.get().id());
        assertEquals(2, server.requests.size());
        assertEquals(server.requests.get(0).header("Idempotency-Key"), server.requests.get(1).header("Idempotency-Key"));
        assertEquals("1", server.requests.get(1).header(KlingClient.RETRY_COUNT_HEADER));
    }

    @Test
    void callerIdempotencyKeyAndClientRequestIdAreSent() {
        server.then(json(200, "{\"id\":\"task_1\"}"));
        client.submit(fox(), RequestOptions.none().idempotencyKey("my-key-1").clientRequestId("order-42"));
        assertEquals("my-key-1", server.requests.get(0).header("Idempotency-Key"));
        assertEquals("order-42", server.requests.get(0).header("X-Client-Request-Id"));
    }

    @Test
    void unauthorizedIsTypedAndCarriesDetailsButNeverTheKey() {
        server.then(json(401, "{\"error\":{\"code\":\"unauthorized\",\"message\":\"Invalid API key\"}}"));
        AuthenticationException e = assertThrows(AuthenticationException.class, () -> client.submit(fox()));
        assertEquals(401, e.status());
        assertEquals("unauthorized", e.code());
        assertEquals("req_test", e.requestId());
        assertTrue(e.rawBody().contains("Invalid API key"));
        assertEquals(0, e.retryCount());
        assertFalse(e.getMessage().contains(KEY));
        assertFalse(client.toString().contains(KEY));
    }

    @Test
    void badRequestIsAValidationException() {
        server.then(json(400, "{\"error\":{\"code\":\"invalid_request\",\"message\":\"duration_seconds must be 5\"}}"));
        ValidationException e = assertThrows(ValidationException.class, () -> client.submit(fox()));
        assertTrue(e.getMessage().contains("duration_seconds must be 5"), e.getMessage());
    }

    @Test
    void rateLimitWithoutRetriesCarriesRetryAfter() {
        server.then(json(429, "{\"error\":\"Too many requests\"}").with("Retry-After", "7"));
        RateLimitException e = assertThrows(RateLimitException.class,
                () -> client.submit(fox(), RequestOptions.none().retryPolicy(RetryPolicy.none())));
        assertEquals(Duration.ofSeconds(7), e.retryAfter().orElseThrow());
        assertTrue(e.getMessage().contains("Too many requests"));
    }

    @Test
    void rateLimitIsRetriedAfterTheServersDelay() throws Exception {
        server.then(json(429, "{\"error\":\"slow down\"}").with("Retry-After", "3"))
                .then(json(200, "{\"id\":\"task_1\"}"));
        CompletableFuture<KlingTask> f = client.submitAsync(fox(), RequestOptions.none());
        assertEquals(Duration.ofSeconds(3), scheduler.runNext());
        assertEquals("task_1", f.get().id());
    }

    @Test
    void serverErrorsExhaustRetriesAndReportTheCount() throws Exception {
        for (int i = 0; i < 3; i++) {
            server.then(json(500, "{\"error\":{\"message\":\"boom\"}}"));
        }
        CompletableFuture<KlingTask> f = client.getAsync(Endpoint.of("text_to_video"), "t1", RequestOptions.none());
        scheduler.runNext();
        scheduler.runNext();
        ExecutionException e = assertThrows(ExecutionException.class, f::get);
        ServerException cause = (ServerException) e.getCause();
        assertEquals(2, cause.retryCount());
        assertEquals(3, server.requests.size());
    }

    @Test
    void notFoundIsNotRetried() {
        server.then(json(404, "{\"error\":{\"code\":\"not_found\",\"message\":\"Task t9 not found\"}}"));
        assertThrows(NotFoundException.class, () -> client.get(Endpoint.of("image_to_video"), "t9"));
        assertEquals("/api/v1/kling/image_to_video/t9", server.requests.get(0).path());
        assertTrue(scheduler.isIdle());
    }

    @Test
    void reusedIdempotencyKeyWithOtherBodyIsItsOwnType() {
        server.then(json(409, "{\"error\":{\"code\":\"idempotency_key_reused\",\"message\":\"different body\"}}"));
        assertThrows(IdempotencyConflictException.class, () -> client.submit(fox()));
    }

    @Test
    void malformedJsonIsAnUnexpectedResponse() {
        server.then(json(200, "{\"id\":\"t1\",\"status\":"));
        assertThrows(UnexpectedResponseException.class, () -> client.get(Endpoint.of("text_to_video"), "t1"));
    }

    @Test
    void unknownStatusAndFieldsDoNotThrow() {
        server.then(json(200, "{\"id\":\"t1\",\"status\":\"queued_for_gpu\",\"eta_seconds\":12}"));
        KlingTask task = client.get(Endpoint.of("text_to_video"), "t1");
        assertEquals("queued_for_gpu", task.status().value());
        assertFalse(task.isFinished());
    }

    @Test
    void connectionRefusedIsANetworkErrorAfterRetries() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (KlingClient offline = KlingClient.builder().apiKey(KEY).baseUrl("http://127.0.0.1:" + port)
                .scheduler(scheduler).maxRetries(1).build()) {
            CompletableFuture<KlingTask> f = offline.getAsync(Endpoint.of("text_to_video"), "t1", RequestOptions.none());
            scheduler.runNext();
            ExecutionException e = assertThrows(ExecutionException.class, f::get);
            assertTrue(e.getCause() instanceof NetworkException, e.getCause().toString());
            assertEquals(1, ((KlingException) e.getCause()).retryCount());
        }
    }
}
