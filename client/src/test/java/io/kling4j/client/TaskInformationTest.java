package io.kling4j.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kling4j.client.errors.InsufficientCreditsException;
import io.kling4j.client.errors.KlingException;
import io.kling4j.client.webhooks.Webhooks;
import io.kling4j.client.TextToVideoParams;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 12 item 5: nothing RunAPI sends is dropped; error text is found in every shape RunAPI's SDKs read. */
class TaskInformationTest {
    private final ScriptedServer server = new ScriptedServer();
    private final KlingClient client = KlingClient.builder().apiKey("sk-info").baseUrl(server.baseUrl())
            .maxRetries(0).build();

    TaskInformationTest() throws Exception {
    }

    @AfterEach
    void close() {
        client.close();
        server.close();
    }

    private static ScriptedServer.Reply withIds(ScriptedServer.Reply reply) {
        return reply.with("x-request-id", "req_42").with("X-RunAPI-Task-Id", "rt_7");
    }

    @Test
    void aStatusCallKeepsModelUnknownFieldsRawJsonAndHeaders() {
        server.then(withIds(ScriptedServer.Reply.json(200, "{\"id\":\"t1\",\"status\":\"processing\",\"model\":\"kling-3.0\","
                + "\"progress\":42,\"meta\":{\"tags\":[\"a\",\"b\"]}}")));
        KlingTask task = client.get(Endpoint.of("text_to_video"), "t1");
        assertEquals("kling-3.0", task.model().orElseThrow());
        assertEquals(Map.of("model", "kling-3.0", "progress", 42, "meta", Map.of("tags", List.of("a", "b"))),
                task.extraFields());
        assertEquals(List.of("model", "progress", "meta"), List.copyOf(task.extraFields().keySet()));
        assertTrue(task.rawJson().contains("\"progress\":42"), task.rawJson());
        assertTrue(task.rawJson().contains("\"status\":\"processing\""), task.rawJson());
        assertEquals("req_42", task.requestId().orElseThrow());
        assertEquals("rt_7", task.runapiTaskId().orElseThrow());
        assertFalse(task.toString().contains("progress"));
    }

    @Test
    void aCreateKeepsItsModelAndHeaders() {
        server.then(withIds(ScriptedServer.Reply.json(200, "{\"task_id\":\"t9\",\"status\":\"pending\",\"model\":\"kling-3.0\"}")));
        KlingTask task = client.submit(
                TextToVideoParams.builder().model("kling-3.0").prompt("fox").durationSeconds(5).build(), RequestOptions.none());
        assertEquals("t9", task.id());
        assertEquals("kling-3.0", task.model().orElseThrow());
        assertEquals("rt_7", task.runapiTaskId().orElseThrow());
        assertEquals("req_42", task.requestId().orElseThrow());
    }

    @Test
    void aWebhookBodyKeepsUnknownFieldsToo() {
        KlingTask task = Webhooks.parse(Endpoint.of("text_to_video"),
                "{\"id\":\"t1\",\"status\":\"completed\",\"videos\":[{\"url\":\"http://cdn/v.mp4\"}],\"seed\":7}");
        assertEquals(Map.of("seed", 7), task.extraFields());
    }

    @Test
    void errorsCarryBothHeaders() {
        server.then(withIds(ScriptedServer.Reply.json(402, "{\"error\":{\"code\":\"insufficient_credits\"}}")));
        InsufficientCreditsException e = assertThrows(InsufficientCreditsException.class,
                () -> client.get(Endpoint.of("text_to_video"), "t1"));
        assertEquals("req_42", e.requestId());
        assertEquals("rt_7", e.runapiTaskId());
        assertEquals("rt_7", e.details().runapiTaskId());
        assertTrue(e.getMessage().contains("Insufficient credits"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            400 | {"error":"plain string"}                          | plain string
            400 | {"error":{"message":"nested message"}}            | nested message
            400 | {"error":{"detail":"nested detail"}}              | nested detail
            400 | {"errors":["first of many","second"]}             | first of many
            400 | {"errors":[{"message":"object in errors"}]}       | object in errors
            400 | {"message":"top-level message"}                   | top-level message
            422 | {"detail":"top-level detail"}                     | top-level detail
            422 | {"detail":[{"loc":["body"],"msg":"field x"}]}     | field x
            400 | {"errorMessage":"camel case"}                     | camel case
            400 | {"msg":"short msg","code":1201}                   | short msg [1201]
            400 | {}                                                | Invalid request
            422 | {"error":{}}                                      | Validation failed
            503 | ""                                                | Service unavailable
            """)
    void messagesComeFromEveryShapeWithStatusDefaults(int status, String body, String expected) {
        server.then(ScriptedServer.Reply.json(status, body));
        KlingException e = assertThrows(KlingException.class, () -> client.get(Endpoint.of("text_to_video"), "t1"));
        assertTrue(e.getMessage().contains("HTTP " + status + ": " + expected), e.getMessage());
    }

    @Test
    void anHtmlBodyIsNeverTheMessageButIsKept() {
        String html = "<html><body><h1>502 Bad Gateway</h1>nginx</body></html>";
        server.then(new ScriptedServer.Reply(502, Map.of("Content-Type", "text/html"), html.getBytes(StandardCharsets.UTF_8)));
        KlingException e = assertThrows(KlingException.class, () -> client.get(Endpoint.of("text_to_video"), "t1"));
        assertTrue(e.getMessage().endsWith("HTTP 502: Bad gateway"), e.getMessage());
        assertEquals(html, e.rawBody());
    }
}
