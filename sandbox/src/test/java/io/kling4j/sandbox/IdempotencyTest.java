package io.kling4j.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class IdempotencyTest extends SandboxHttpTest {
    private static final String BODY = "{\"model\":\"kling-3.0\",\"prompt\":\"A fox\",\"duration_seconds\":5}";

    @Test
    void sameKeyAndSameBodyReplaysTheTask() {
        String id = http.createdId(http.create("text_to_video", BODY, "Idempotency-Key", "k-1"));
        clock.advance(Duration.ofSeconds(2));
        String reordered = "{ \"duration_seconds\": 5, \"prompt\": \"A fox\", \"model\": \"kling-3.0\" }";
        HttpResponse<String> replay = http.create("text_to_video", reordered, "Idempotency-Key", "k-1");
        assertEquals(200, replay.statusCode());
        JsonNode body = SandboxHttp.json(replay);
        assertEquals(id, body.get("id").asText());
        assertTrue(body.get("task_replayed").asBoolean());
        assertEquals("processing", body.get("status").asText());
        assertEquals(1, sandbox.taskCount());
    }

    @Test
    void sameKeyWithADifferentBodyIsAConflict() {
        http.createdId(http.create("text_to_video", BODY, "Idempotency-Key", "k-2"));
        HttpResponse<String> conflict = http.create("text_to_video",
                "{\"model\":\"kling-3.0\",\"prompt\":\"A wolf\"}", "Idempotency-Key", "k-2");
        assertEquals(409, conflict.statusCode());
        assertEquals("idempotency_key_reused", SandboxHttp.json(conflict).get("error").get("code").asText());
        assertTrue(conflict.headers().firstValue("x-request-id").isPresent());
        assertEquals(1, sandbox.taskCount());
    }

    @Test
    void sameKeyOnTheOtherEndpointIsAConflict() {
        http.createdId(http.create("image_to_video", "{\"model\":\"kling-v2.6\",\"prompt\":\"A fox\","
                + "\"first_frame_image_url\":\"https://example.com/a.png\"}", "Idempotency-Key", "k-3"));
        HttpResponse<String> other = http.create("text_to_video", "{\"model\":\"kling-3.0\",\"prompt\":\"A fox\","
                + "\"first_frame_image_url\":\"https://example.com/a.png\"}", "Idempotency-Key", "k-3");
        assertEquals(409, other.statusCode());
    }

    @Test
    void differentKeysCreateDifferentTasks() {
        String first = http.createdId(http.create("text_to_video", BODY, "Idempotency-Key", "k-4"));
        String second = http.createdId(http.create("text_to_video", BODY, "Idempotency-Key", "k-5"));
        assertNotEquals(first, second);
        assertEquals(2, sandbox.taskCount());
    }
}
