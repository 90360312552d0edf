package io.kling4j.client;

import static io.kling4j.client.ScriptedServer.Reply.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kling4j.client.errors.AuthenticationException;
import io.kling4j.client.TextToVideoParams;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One redacted DEBUG line per request; the key never appears in logs or in any toString(). */
class LoggingAndRedactionTest {
    private static final String KEY = "sk-log-SECRET-abcdef0123";
    private final ScriptedServer server = new ScriptedServer();
    private final ManualScheduler scheduler = new ManualScheduler();
    private final CapturingLogger log = new CapturingLogger();
    private final KlingClientBuilder builder = KlingClient.builder().apiKey(KEY).baseUrl(server.baseUrl())
            .scheduler(scheduler).clock(scheduler.clock).logger(log);
    private final KlingClient client = builder.build();

    @TempDir
    Path dir;

    LoggingAndRedactionTest() throws Exception {
    }

    @AfterEach
    void close() {
        client.close();
        server.close();
    }

    @Test
    void everyRequestIsLoggedOnceWithoutSecrets() throws Exception {
        server.then(json(503, "{\"error\":\"busy\"}")).then(json(200, "{\"id\":\"task_1\",\"status\":\"pending\"}"))
                .then(json(401, "{\"error\":{\"code\":\"unauthorized\",\"message\":\"bad key\"}}"))
                .then(new ScriptedServer.Reply(200, Map.of(), new byte[] {1, 2, 3}));
        CompletableFuture<KlingTask> f = client.submitAsync(TextToVideoParams.builder().model("kling-3.0").prompt("A fox").durationSeconds(5).build(),
                RequestOptions.none().idempotencyKey("idem-SECRET-order-42"));
        scheduler.runNext();
        f.get(10, TimeUnit.SECONDS);
        assertThrows(AuthenticationException.class, () -> client.get(Endpoint.of("text_to_video"), "task_1"));
        client.download(URI.create(server.baseUrl() + "/files/v.mp4?signature=SIGSECRET&expires=1"),
                dir.resolve("v.mp4"));

        List<CapturingLogger.Line> lines = log.lines;
        assertEquals(4, lines.size(), log.all());
        assertTrue(lines.stream().allMatch(l -> l.level() == System.Logger.Level.DEBUG), log.all());
        String url = server.baseUrl() + "/api/v1/kling/text_to_video";
        assertTrue(lines.get(0).text().contains("POST " + url + " -> 503 in "), lines.get(0).text());
        assertTrue(lines.get(0).text().contains(" ms, retry 0"), lines.get(0).text());
        assertTrue(lines.get(1).text().contains("POST " + url + " -> 200 in "), lines.get(1).text());
        assertTrue(lines.get(1).text().contains("retry 1"), lines.get(1).text());
        assertTrue(lines.get(2).text().contains("GET " + url + "/task_1 -> 401"), lines.get(2).text());
        assertTrue(lines.get(3).text().contains("GET " + server.baseUrl() + "/files/v.mp4 -> 200"), lines.get(3).text());

        String all = log.all();
        assertFalse(all.contains(KEY), all);
        assertFalse(all.contains("idem-SECRET"), all);
        assertFalse(all.contains("SIGSECRET"), all);
        assertTrue(all.contains("Authorization=<redacted>"), all);
        String hash = io.kling4j.client.internal.LogRedaction.shortHash("idem-SECRET-order-42");
        assertTrue(lines.get(0).text().contains("Idempotency-Key=" + hash), lines.get(0).text());
        assertTrue(lines.get(1).text().contains("Idempotency-Key=" + hash), lines.get(1).text());
    }

    @Test
    void aFailedConnectionIsLoggedWithItsType() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (KlingClient offline = KlingClient.builder().apiKey(KEY).baseUrl("http://127.0.0.1:" + port)
                .maxRetries(0).logger(log).build()) {
            assertThrows(RuntimeException.class, () -> offline.get(Endpoint.of("text_to_video"), "t1"));
        }
        assertTrue(log.all().contains("-> failed (ConnectException)"), log.all());
        assertFalse(log.all().contains(KEY));
    }

    @Test
    void noToStringShowsTheKey() {
        RequestOptions options = RequestOptions.none().idempotencyKey(KEY).timeout(Duration.ofSeconds(5));
        for (Object o : List.of(client, builder, options, RetryPolicy.defaults(), WaitOptions.defaults())) {
            assertFalse(o.toString().contains(KEY), o.getClass().getSimpleName() + ": " + o);
        }
        assertTrue(client.toString().contains("apiKey=***"), client.toString());
        assertTrue(builder.toString().contains("apiKey=***"), builder.toString());
        assertTrue(options.toString().contains("idempotencyKey=set"), options.toString());
    }
}
