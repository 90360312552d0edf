package io.kling4j.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** edit_video and extend_video: their source task checks, and the videos they make. */
class SourceTaskHttpTest extends SandboxHttpTest {
    private static final Duration LIFECYCLE = Duration.ofSeconds(4);

    @Test
    void extensionOfACompletedTaskIsFiveSecondsLonger() {
        String source = http.createdId(http.create("text_to_video", "{\"model\":\"kling-v2.5-turbo-text-to-video-pro\","
                + "\"prompt\":\"A fox runs\",\"duration_seconds\":10,\"aspect_ratio\":\"9:16\"}"));
        clock.advance(LIFECYCLE);
        String id = http.createdId(http.create("extend_video",
                "{\"source_task_id\":\"" + source + "\",\"mode\":\"pro\",\"prompt\":\"It leaps\"}"));
        assertEquals("pending", SandboxHttp.json(http.get("extend_video", id)).get("status").asText());
        clock.advance(LIFECYCLE);

        JsonNode task = SandboxHttp.json(http.get("extend_video", id));
        assertEquals("completed", task.get("status").asText());
        assertEquals(0.35, task.get("usage").get("cost").asDouble(), "only the 5 added seconds are billed");
        byte[] mp4 = download(task.get("videos").get(0).get("url").asText());
        assertEquals(15.0, Mp4Inspector.durationSeconds(mp4), 0.5);
        assertEquals(404, http.get("text_to_video", id).statusCode());
    }

    @Test
    void extensionWorksFromAnyEndpointIncludingSeededTasks() {
        sandbox.seedTask("image_to_video", "task_seed", "completed");
        String id = http.createdId(http.create("extend_video", "{\"source_task_id\":\"task_seed\"}"));
        clock.advance(LIFECYCLE);
        byte[] mp4 = download(SandboxHttp.json(http.get("extend_video", id)).get("videos").get(0).get("url").asText());
        assertEquals(10.0, Mp4Inspector.durationSeconds(mp4), 0.5);
    }

    @Test
    void unknownSourceIsAnInvalidResourceId() {
        HttpResponse<String> response = http.create("extend_video", "{\"source_task_id\":\"task_nope\"}");
        assertError(response, 400, "invalid_resource_id", "source_task_id: no task task_nope exists");
        assertEquals(0, sandbox.taskCount());
    }

    @Test
    void unfinishedSourceIsNotReadyAndFailedSourceIsUnusable() {
        String source = http.createdId(http.create("text_to_video", "{\"model\":\"kling-3.0\",\"prompt\":\"p\"}"));
        assertError(http.create("extend_video", "{\"source_task_id\":\"" + source + "\"}"), 409,
                "source_task_not_ready", "Source task " + source + " is not completed yet (status pending)");
        clock.advance(Duration.ofSeconds(1));
        assertError(http.create("edit_video", "{\"model\":\"kling-v3-omni-edit\",\"prompt\":\"p\","
                + "\"aspect_ratio\":\"auto\",\"source_task_id\":\"" + source + "\"}"), 409, "source_task_not_ready",
                "Source task " + source + " is not completed yet (status processing)");

        sandbox.seedTask("text_to_video", "task_failed", "failed");
        assertError(http.create("extend_video", "{\"source_task_id\":\"task_failed\"}"), 422,
                "source_task_unusable", "Source task task_failed failed and has no video");
        assertEquals(2, sandbox.taskCount());
    }

    @Test
    void aNotReadyCreateDoesNotUseUpItsIdempotencyKey() {
        sandbox.seedTask("text_to_video", "task_src", "processing");
        String body = "{\"source_task_id\":\"task_src\"}";
        assertEquals(409, http.create("extend_video", body, "Idempotency-Key", "ext-1").statusCode());
        sandbox.seedTask("text_to_video", "task_src", "completed");
        String id = http.createdId(http.create("extend_video", body, "Idempotency-Key", "ext-1"));
        JsonNode replay = SandboxHttp.json(http.create("extend_video", body, "Idempotency-Key", "ext-1"));
        assertEquals(id, replay.get("id").asText());
        assertTrue(replay.get("task_replayed").asBoolean());
    }

    @Test
    void editWithAutoRatioKeepsTheSourceShapeAndLength() {
        String source = http.createdId(http.create("text_to_video", "{\"model\":\"kling-3.0\",\"prompt\":\"p\","
                + "\"duration_seconds\":3,\"aspect_ratio\":\"1:1\"}"));
        clock.advance(LIFECYCLE);
        String id = http.createdId(http.create("edit_video", "{\"model\":\"kling-v3-omni-edit\","
                + "\"prompt\":\"Make it snow\",\"source_task_id\":\"" + source + "\",\"aspect_ratio\":\"auto\"}"));
        clock.advance(LIFECYCLE);
        JsonNode task = SandboxHttp.json(http.get("edit_video", id));
        assertEquals(0.21, task.get("usage").get("cost").asDouble());
        byte[] mp4 = download(task.get("videos").get(0).get("url").asText());
        assertEquals(3.0, Mp4Inspector.durationSeconds(mp4), 0.5);
    }

    @Test
    void editOfAVideoUrlUsesTheRequestedShape() {
        String id = http.createdId(http.create("edit_video", "{\"model\":\"kling-v3-omni-reference\","
                + "\"prompt\":\"Make it snow\",\"source_video_url\":\"https://example.com/in.mp4\","
                + "\"reference_image_urls\":[\"https://example.com/a.png\"],\"aspect_ratio\":\"16:9\","
                + "\"duration_seconds\":5,\"output_resolution\":\"1080p\",\"enable_sound\":false}"));
        clock.advance(LIFECYCLE);
        JsonNode task = SandboxHttp.json(http.get("edit_video", id));
        assertEquals("completed", task.get("status").asText());
        assertEquals(0.5, task.get("usage").get("cost").asDouble());
    }

    @Test
    void editNeedsExactlyOneSource() {
        String noSource = "{\"model\":\"kling-v3-omni-edit\",\"prompt\":\"p\",\"aspect_ratio\":\"auto\"}";
        String bothSources = "{\"model\":\"kling-v3-omni-edit\",\"prompt\":\"p\",\"source_task_id\":\"task_1\","
                + "\"source_video_url\":\"https://example.com/in.mp4\",\"aspect_ratio\":\"auto\"}";
        for (String body : new String[] {noSource, bothSources}) {
            HttpResponse<String> response = http.create("edit_video", body);
            assertEquals(400, response.statusCode());
            String message = SandboxHttp.json(response).get("error").get("message").asText();
            assertTrue(message.startsWith("source: exactly one of source_video_url, source_task_id must be set"),
                    message);
        }
        // a model the spec has no rules for still gets the server's own source check
        assertError(http.create("edit_video", "{\"model\":\"kling-v4-edit\",\"prompt\":\"p\"}"), 400,
                "invalid_request", "source_task_id: give exactly one of source_video_url and source_task_id");
    }

    @Test
    void editBodyIsValidatedAgainstTheSpec() {
        HttpResponse<String> response = http.create("edit_video", "{\"model\":\"kling-v3-omni-edit\","
                + "\"prompt\":\"p\",\"source_video_url\":\"https://example.com/in.mp4\",\"aspect_ratio\":\"4:3\","
                + "\"reference_image_urls\":[\"https://e.com/1.png\",\"https://e.com/2.png\",\"https://e.com/3.png\","
                + "\"https://e.com/4.png\",\"https://e.com/5.png\"]}");
        JsonNode error = SandboxHttp.json(response).get("error");
        assertEquals(400, response.statusCode());
        String message = error.get("message").asText();
        assertTrue(message.contains("aspect_ratio: must be one of auto, 16:9, 9:16, 1:1 (got \"4:3\")"), message);
        assertTrue(message.contains("reference_image_urls: must have at most 4 items"), message);
        assertError(http.create("extend_video", "{\"prompt\":\"p\"}"), 400, "invalid_request",
                "source_task_id: is required");
    }

    private byte[] download(String url) {
        HttpResponse<byte[]> response = SandboxHttp.sendForBytes(HttpRequest.newBuilder(URI.create(url)).build());
        assertEquals(200, response.statusCode());
        return response.body();
    }

    private static void assertError(HttpResponse<String> response, int status, String code, String message) {
        assertEquals(status, response.statusCode(), response.body());
        JsonNode error = SandboxHttp.json(response).get("error");
        assertEquals(code, error.get("code").asText());
        assertEquals(message, error.get("message").asText());
        assertTrue(response.headers().firstValue("x-request-id").isPresent());
    }
}
