package io.kling4j.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kling4j.client.errors.ApiErrorException;
import io.kling4j.client.errors.AuthenticationException;
import io.kling4j.client.errors.ConflictException;
import io.kling4j.client.errors.ErrorDetails;
import io.kling4j.client.errors.InsufficientCreditsException;
import io.kling4j.client.errors.KlingException;
import io.kling4j.client.errors.NetworkException;
import io.kling4j.client.errors.NotFoundException;
import io.kling4j.client.errors.PermissionDeniedException;
import io.kling4j.client.errors.RateLimitException;
import io.kling4j.client.errors.RequestTimeoutException;
import io.kling4j.client.errors.ServerException;
import io.kling4j.client.errors.TaskFailedException;
import io.kling4j.client.errors.WaitTimeoutException;
import io.kling4j.client.errors.UnexpectedResponseException;
import io.kling4j.client.errors.ValidationException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every failure maps to its type with status, code, request id, capped body and retry count, never the key. */
class ErrorMatrixTest {
    private static final String KEY = "sk-matrix-SECRET-0123456789";
    private final RawServer server = new RawServer();
    private final KlingClient client = KlingClient.builder().apiKey(KEY).baseUrl(server.baseUrl()).maxRetries(0)
            .build();
    private final CountDownLatch release = new CountDownLatch(1);
    private final List<KlingException> seen = new ArrayList<>();

    ErrorMatrixTest() throws Exception {
    }

    @AfterEach
    void close() throws Exception {
        release.countDown();
        client.close();
        server.close();
    }

    private static void error(Socket socket, int status, String code) throws Exception {
        RawServer.respond(socket, status, Map.of("Content-Type", "application/json", "x-request-id", "req_" + status),
                ("{\"error\":{\"code\":\"" + code + "\",\"message\":\"m" + status + "\"}}")
                        .getBytes(StandardCharsets.UTF_8));
    }

    private <T extends KlingException> T fails(Class<T> type, RawServer.Handler handler) {
        server.then(handler);
        T e = assertThrows(type, () -> client.get(Endpoint.of("text_to_video"), "t1"));
        seen.add(e);
        return e;
    }

    private <T extends ApiErrorException> void status(int status, String code, Class<T> type) {
        T e = fails(type, (r, s) -> error(s, status, code));
        assertEquals(type, e.getClass(), "HTTP " + status);
        assertEquals(status, e.status());
        assertEquals(code, e.code());
        assertEquals("req_" + status, e.requestId());
        assertTrue(e.rawBody().contains("m" + status));
        assertEquals(0, e.retryCount());
        assertTrue(e.getMessage().contains("m" + status), e.getMessage());
    }

    @Test
    void everyFailureHasItsTypeAndDetailsAndNoMessageContainsTheKey() {
        status(400, "invalid_request", ValidationException.class);
        status(401, "unauthorized", AuthenticationException.class);
        status(402, "insufficient_credits", InsufficientCreditsException.class);
        status(403, "forbidden", PermissionDeniedException.class);
        status(404, "not_found", NotFoundException.class);
        status(409, "source_task_not_ready", ConflictException.class);
        status(413, "payload_too_large", ValidationException.class);
        status(422, "continuation_not_supported", ValidationException.class);
        status(429, "rate_limited", RateLimitException.class);
        status(500, "internal", ServerException.class);
        status(503, "continuation_unavailable", ServerException.class);
        status(418, "teapot", ApiErrorException.class);

        // a POST: the JDK itself retries an idempotent GET once on a dropped connection
        server.then((r, s) -> RawServer.reset(s));
        NetworkException reset = assertThrows(NetworkException.class, () -> client.submit(
                TextToVideoParams.builder().model("kling-3.0").prompt("A fox").build()));
        seen.add(reset);
        assertEquals(0, reset.status());
        UnexpectedResponseException truncated = fails(UnexpectedResponseException.class, (r, s) -> {
            RawServer.writeHead(s, 200, Map.of("Content-Type", "application/json"), 200);
            s.getOutputStream().write("{\"id\":\"t1\",\"sta".getBytes(StandardCharsets.UTF_8));
            s.getOutputStream().flush(); // then the socket closes, 186 bytes short
        });
        assertTrue(truncated.getMessage().contains("cut off"), truncated.getMessage());
        fails(UnexpectedResponseException.class, (r, s) -> RawServer.json(s, 200, "{\"id\":\"t1\",\"status\":"));
        fails(UnexpectedResponseException.class, (r, s) -> RawServer.json(s, 200, "{\"status\":\"pending\"}"));
        server.then((r, s) -> release.await(30, TimeUnit.SECONDS));
        Throwable timeout = assertThrows(java.util.concurrent.CompletionException.class, () -> client.getAsync(
                Endpoint.of("text_to_video"), "t1", RequestOptions.none().timeout(Duration.ofMillis(200))).join()).getCause();
        seen.add(assertInstanceOf(RequestTimeoutException.class, timeout));

        server.then((r, s) -> RawServer.json(s, 200, "{\"id\":\"t1\",\"status\":\"failed\",\"error\":\"policy\"}"));
        seen.add(assertThrows(TaskFailedException.class,
                () -> client.waitFor(Endpoint.of("text_to_video"), "t1", WaitOptions.defaults())));
        server.then((r, s) -> RawServer.json(s, 200, "{\"id\":\"t1\",\"status\":\"processing\"}"));
        seen.add(assertThrows(WaitTimeoutException.class, () -> client.waitFor(Endpoint.of("text_to_video"), "t1",
                WaitOptions.builder().timeout(Duration.ofNanos(1)).build())));
        seen.add(assertThrows(ValidationException.class, () -> client.submit(
                TextToVideoParams.builder().model("kling-o1").prompt("x").durationSeconds(9).build())));

        assertEquals(20, seen.size());
        for (KlingException e : seen) {
            assertInstanceOf(KlingException.class, e);
            for (Throwable t = e; t != null; t = t.getCause()) {
                assertFalse(String.valueOf(t.getMessage()).contains(KEY), t.toString());
                assertFalse(t.toString().contains(KEY), t.toString());
            }
            assertFalse(e.details().toString().contains(KEY));
            assertTrue(e.rawBody() == null || !e.rawBody().contains(KEY));
        }
        assertTrue(server.requests.stream().allMatch(r -> ("Bearer " + KEY).equals(r.header("Authorization"))));
    }

    @Test
    void aTruncatedBodyIsRetriedLikeAnyTransientFailure() {
        try (KlingClient retrying = KlingClient.builder().apiKey(KEY).baseUrl(server.baseUrl())
                .retryPolicy(new RetryPolicy(1, Duration.ofMillis(1), Duration.ofMillis(1), Duration.ofSeconds(1)))
                .build()) {
            server.then((r, s) -> {
                RawServer.writeHead(s, 200, Map.of(), 500);
                s.getOutputStream().write("{\"id\":".getBytes(StandardCharsets.UTF_8));
            }).then((r, s) -> RawServer.json(s, 200, "{\"id\":\"t1\",\"status\":\"processing\"}"));
            assertEquals("processing", retrying.get(Endpoint.of("text_to_video"), "t1").status().value());
            assertEquals(2, server.requests.size());
        }
    }

    @Test
    void rawBodiesAreCappedAndHtmlIsNeverTheMessage() {
        String html = "<html>" + "x".repeat(20_000) + "</html>";
        server.then((r, s) -> RawServer.respond(s, 502, Map.of("Content-Type", "text/html"),
                html.getBytes(StandardCharsets.UTF_8)));
        ServerException e = assertThrows(ServerException.class, () -> client.get(Endpoint.of("text_to_video"), "t1"));
        assertTrue(e.rawBody().length() <= ErrorDetails.MAX_BODY_CHARS + 20, "" + e.rawBody().length());
        assertFalse(e.getMessage().contains("<html>"), e.getMessage());
        assertNull(e.code());
    }
}
