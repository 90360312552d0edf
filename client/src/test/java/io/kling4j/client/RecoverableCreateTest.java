package io.kling4j.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kling4j.client.errors.KlingException;
import io.kling4j.client.errors.NetworkException;
import io.kling4j.client.errors.ServerException;
import io.kling4j.client.errors.ValidationException;
import io.kling4j.client.TextToVideoParams;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A create that failed after all retries says whether its task may exist, carries the very Idempotency-Key every
 * attempt sent, and {@link KlingClient#recover} gets the task with that key instead of paying for a second one.
 */
class RecoverableCreateTest {
    private static final String CREATED = "{\"id\":\"task_1\",\"status\":\"pending\"}";
    private static final RetryPolicy TWO_RETRIES = new RetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(2),
            Duration.ofSeconds(1));
    private final RawServer server = new RawServer();
    private final ManualScheduler scheduler = new ManualScheduler();
    private final KlingClient client = KlingClient.builder().apiKey("sk-recover").baseUrl(server.baseUrl())
            .retryPolicy(TWO_RETRIES).scheduler(scheduler).clock(scheduler.clock).build();

    RecoverableCreateTest() throws Exception {
    }

    @AfterEach
    void close() throws Exception {
        client.close();
        server.close();
    }

    private static TextToVideoParams request() {
        return TextToVideoParams.builder().model("kling-3.0").prompt("A fox").durationSeconds(5).build();
    }

    private KlingException failedCreate(CompletableFuture<KlingTask> f, int retries) throws InterruptedException {
        for (int i = 0; i < retries; i++) {
            scheduler.runNext();
        }
        ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(10, TimeUnit.SECONDS));
        return assertInstanceOf(KlingException.class, e.getCause());
    }

    @Test
    void a503OnEveryAttemptCarriesTheKeyEveryAttemptSentAndRecoverGetsTheTaskWithIt() throws Exception {
        for (int i = 0; i < 3; i++) {
            server.then((request, socket) -> RawServer.json(socket, 503, "{\"error\":{\"message\":\"busy\"}}"));
        }
        KlingException e = failedCreate(client.submitAsync(request(), RequestOptions.none()), 2);

        assertInstanceOf(ServerException.class, e);
        assertEquals(3, server.requests.size());
        String key = server.requests.get(0).header("Idempotency-Key");
        server.requests.forEach(r -> assertEquals(key, r.header("Idempotency-Key")));
        assertEquals(key, e.idempotencyKey());
        assertTrue(e.taskMayExist());
        assertTrue(e.getMessage().contains("may exist") && e.getMessage().contains(key), e.getMessage());
        assertFalse(e.getMessage().contains("sk-recover"));

        server.then((request, socket) -> RawServer.json(socket, 200, CREATED));
        KlingTask task = client.recover(e);

        assertEquals("task_1", task.id());
        assertEquals(4, server.requests.size());
        assertEquals(key, server.requests.get(3).header("Idempotency-Key"));
        assertArrayEquals(server.requests.get(0).body(), server.requests.get(3).body());
    }

    @Test
    void aResetAfterTheBodyMeansTheTaskMayExistEvenWhenTheLastAttemptWasRefused() throws Exception {
        server.then((request, socket) -> RawServer.reset(socket))
                .then((request, socket) -> RawServer.json(socket, 429, "{\"error\":{\"message\":\"slow down\"}}"))
                .then((request, socket) -> RawServer.json(socket, 429, "{\"error\":{\"message\":\"slow down\"}}"));
        KlingException e = failedCreate(client.submitAsync(request(), RequestOptions.none()), 2);
        assertEquals(429, e.status());
        assertTrue(e.taskMayExist(), "the first attempt may have made the task");
    }

    @Test
    void aRefusedCreateCarriesItsKeyButSaysNoTaskExists() throws Exception {
        server.then((request, socket) -> RawServer.json(socket, 400, "{\"error\":{\"message\":\"bad prompt\"}}"));
        KlingException e = failedCreate(client.submitAsync(request(),
                RequestOptions.none().idempotencyKey("order-7")), 0);
        assertInstanceOf(ValidationException.class, e);
        assertEquals("order-7", e.idempotencyKey());
        assertFalse(e.taskMayExist());
        assertFalse(e.getMessage().contains("may exist"), e.getMessage());
    }

    @Test
    void aConnectionRefusedMakesNoTask() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        try (KlingClient refused = KlingClient.builder().apiKey("sk-recover").baseUrl("http://127.0.0.1:" + closedPort)
                .retryPolicy(RetryPolicy.none()).build()) {
            ExecutionException e = assertThrows(ExecutionException.class, () -> refused
                    .submitAsync(request(), RequestOptions.none()).get(10, TimeUnit.SECONDS));
            KlingException k = assertInstanceOf(NetworkException.class, e.getCause());
            assertFalse(k.taskMayExist());
            assertTrue(k.createAttempt().isPresent());
        }
    }

    @Test
    void aLocallyRefusedRequestSentNothingAndHasNothingToRecover() {
        ValidationException e = assertThrows(ValidationException.class, () -> client.submit(
                TextToVideoParams.builder().model("kling-3.0").prompt("A fox").durationSeconds(99).build()));
        assertNull(e.idempotencyKey());
        assertTrue(server.requests.isEmpty());
        assertThrows(IllegalArgumentException.class, () -> client.recover(e));
    }
}
