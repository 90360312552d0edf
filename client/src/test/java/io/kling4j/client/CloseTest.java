package io.kling4j.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kling4j.client.errors.ClientClosedException;
import io.kling4j.client.errors.KlingException;
import io.kling4j.client.TextToVideoParams;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code close()} ends every pending call with a typed error, and every later call fails at once. */
class CloseTest {
    private static final String PROCESSING = "{\"id\":\"task_1\",\"status\":\"processing\"}";
    private final RawServer server = new RawServer();
    private final ManualScheduler scheduler = new ManualScheduler();
    private final KlingClient client = KlingClient.builder().apiKey("sk-close").baseUrl(server.baseUrl())
            .scheduler(scheduler).clock(scheduler.clock).build();
    private final CountDownLatch release = new CountDownLatch(1);

    CloseTest() throws Exception {
    }

    @AfterEach
    void stop() throws Exception {
        release.countDown();
        client.close();
        server.close();
    }

    private static TextToVideoParams request() {
        return TextToVideoParams.builder().model("kling-3.0").prompt("A fox").durationSeconds(5).build();
    }

    private static KlingException failure(CompletableFuture<?> f) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(10, TimeUnit.SECONDS));
        return assertInstanceOf(KlingException.class, e.getCause());
    }

    @Test
    void aPendingWaitEndsWithClientClosedAndABlockedCallerReturns() throws Exception {
        server.then((request, socket) -> RawServer.json(socket, 200, PROCESSING));
        CompletableFuture<KlingTask> wait = client.waitForAsync(Endpoint.of("text_to_video"), "task_1", WaitOptions.defaults());
        scheduler.next(); // the first poll answered and scheduled the next one
        CompletableFuture<Throwable> blocked = CompletableFuture.supplyAsync(() -> {
            try {
                client.waitFor(Endpoint.of("text_to_video"), "task_1", WaitOptions.defaults());
                return null;
            } catch (RuntimeException e) {
                return e;
            }
        }, r -> new Thread(r, "blocked-caller").start());

        client.close();

        assertInstanceOf(ClientClosedException.class, failure(wait));
        assertInstanceOf(ClientClosedException.class, blocked.get(10, TimeUnit.SECONDS));
    }

    @Test
    void aCreateCutShortByCloseKeepsItsKeyToRecover() throws Exception {
        CountDownLatch arrived = new CountDownLatch(1);
        server.then((request, socket) -> {
            arrived.countDown();
            release.await(30, TimeUnit.SECONDS); // the server took the create and has not answered yet
        });
        CompletableFuture<KlingTask> create = client.submitAsync(request(), RequestOptions.none());
        assertTrue(arrived.await(10, TimeUnit.SECONDS));

        client.close();

        KlingException e = failure(create);
        assertInstanceOf(ClientClosedException.class, e);
        assertTrue(e.taskMayExist());
        assertEquals(server.requests.get(0).header("Idempotency-Key"), e.idempotencyKey());
    }

    @Test
    void everyCallAfterCloseFailsAtOnceWithoutTouchingTheNetwork(@TempDir Path dir) {
        client.close();
        assertInstanceOf(ClientClosedException.class,
                failure(client.submitAsync(request(), RequestOptions.none())));
        assertThrows(ClientClosedException.class, () -> client.get(Endpoint.of("text_to_video"), "task_1"));
        assertThrows(ClientClosedException.class,
                () -> client.waitFor(Endpoint.of("text_to_video"), "task_1", WaitOptions.defaults()));
        assertThrows(ClientClosedException.class, client::balance);
        assertThrows(ClientClosedException.class,
                () -> client.download(URI.create(server.baseUrl() + "/v.mp4"), dir.resolve("v.mp4")));
        assertTrue(server.requests.isEmpty());
        client.close(); // idempotent
    }

    @Test
    void aDownloadInProgressEndsWithClientClosedAndLeavesNoFile(@TempDir Path dir) throws Exception {
        CountDownLatch headersSent = new CountDownLatch(1);
        server.then((request, socket) -> {
            RawServer.writeHead(socket, 200, Map.of("Content-Type", "video/mp4"), 1_000_000);
            socket.getOutputStream().write(new byte[1000]);
            socket.getOutputStream().flush();
            headersSent.countDown();
            release.await(30, TimeUnit.SECONDS); // then stalls mid-body
        });
        Path target = dir.resolve("v.mp4");
        CompletableFuture<Throwable> download = CompletableFuture.supplyAsync(() -> {
            try {
                client.download(URI.create(server.baseUrl() + "/v.mp4"), target);
                return null;
            } catch (RuntimeException e) {
                return e;
            }
        }, r -> new Thread(r, "downloader").start());
        assertTrue(headersSent.await(10, TimeUnit.SECONDS));

        client.close();

        assertInstanceOf(ClientClosedException.class, download.get(10, TimeUnit.SECONDS));
        assertFalse(Files.exists(target));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(0, left.count(), "no temporary file left");
        }
    }
}
