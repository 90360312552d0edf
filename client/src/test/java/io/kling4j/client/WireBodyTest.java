package io.kling4j.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kling4j.client.errors.ValidationException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The request and response bodies of the trimmed call path (issue 14 item 2): a create's JSON is written once and
 * sent unchanged on every attempt, a gzip-encoded answer is read, a task id is sent as one path segment, and a field
 * that cannot be written as JSON fails before anything is sent.
 */
class WireBodyTest {
    private final ScriptedServer server = new ScriptedServer();
    private final KlingClient client = KlingClient.builder().apiKey("sk-wire").baseUrl(server.baseUrl())
            .retryPolicy(new RetryPolicy(1, java.time.Duration.ofMillis(1), java.time.Duration.ofMillis(1),
                    java.time.Duration.ofSeconds(1)))
            .build();

    WireBodyTest() throws Exception {
    }

    @AfterEach
    void close() {
        client.close();
        server.close();
    }

    private static TextToVideoParams params() {
        return TextToVideoParams.builder().model("kling-3.0").prompt("A fox").durationSeconds(5).build();
    }

    @Test
    void everyAttemptSendsTheSameBodyTheRulesChecked() {
        server.then(ScriptedServer.Reply.json(503, "{\"error\":{\"message\":\"busy\"}}"));
        server.then(ScriptedServer.Reply.json(200, "{\"id\":\"t1\",\"status\":\"pending\"}"));
        assertEquals("t1", client.submit(params()).id());
        assertEquals(2, server.requests.size());
        assertEquals("{\"model\":\"kling-3.0\",\"prompt\":\"A fox\",\"duration_seconds\":5}", server.requests.get(0).body());
        assertEquals(server.requests.get(0).body(), server.requests.get(1).body());
    }

    @Test
    void withoutValidationTheBodyIsTheSame() {
        server.then(ScriptedServer.Reply.json(200, "{\"task_id\":\"t2\"}"));
        KlingTask task = client.submit(params(), RequestOptions.none().validate(false));
        assertEquals("t2", task.id());
        assertEquals(TaskStatus.PENDING, task.status());
        assertEquals("{\"model\":\"kling-3.0\",\"prompt\":\"A fox\",\"duration_seconds\":5}", server.requests.get(0).body());
    }

    @Test
    void aGzipEncodedAnswerIsDecoded() throws Exception {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(zipped)) {
            out.write("{\"id\":\"t3\",\"status\":\"completed\",\"videos\":[{\"url\":\"https://cdn.example/v.mp4\"}]}"
                    .getBytes(StandardCharsets.UTF_8));
        }
        server.then(new ScriptedServer.Reply(200, Map.of("Content-Type", "application/json", "Content-Encoding", "gzip"),
                zipped.toByteArray()));
        KlingTask task = client.get(Endpoint.of("text_to_video"), "t3");
        assertEquals(TaskStatus.COMPLETED, task.status());
        assertEquals(java.util.List.of("https://cdn.example/v.mp4"), task.videoUrls());
    }

    @Test
    void aTaskIdIsOnePathSegment() {
        server.then(ScriptedServer.Reply.json(200, "{\"id\":\"a/b c\",\"status\":\"pending\"}"));
        server.then(ScriptedServer.Reply.json(200, "{\"id\":\"task_Az-9._~\",\"status\":\"pending\"}"));
        client.get(Endpoint.of("text_to_video"), "a/b c");
        client.get(Endpoint.of("text_to_video"), "task_Az-9._~");
        assertEquals("/api/v1/kling/text_to_video/a%2Fb%20c", server.rawPaths.get(0));
        assertEquals("/api/v1/kling/text_to_video/task_Az-9._~", server.rawPaths.get(1));
    }

    @Test
    void aFieldJacksonCannotWriteFailsBeforeAnythingIsSent() {
        TextToVideoParams bad = params().toBuilder().putAdditionalProperty("extra", new Object()).build();
        for (boolean validate : new boolean[] {true, false}) {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> client.submit(bad, RequestOptions.none().validate(validate)));
            assertTrue(e.getMessage().contains("cannot be written as JSON"), e.getMessage());
        }
        assertEquals(0, server.requests.size());
    }
}
