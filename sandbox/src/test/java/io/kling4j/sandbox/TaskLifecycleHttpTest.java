package io.kling4j.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.kling4j.generated.model.TaskCreateResponse;
import io.kling4j.generated.model.TaskResponse;
import io.kling4j.generated.model.TaskStatus;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TaskLifecycleHttpTest extends SandboxHttpTest {
    private static final String FOX = "{\"model\":\"kling-3.0\",\"prompt\":\"A red fox in the snow\"}";

    @Test
    void createdTaskMovesFromPendingThroughProcessingToCompleted() throws Exception {
        HttpResponse<String> created = http.create("text_to_video", FOX);
        assertEquals(200, created.statusCode());
        TaskCreateResponse body = Json.MAPPER.readValue(created.body(), TaskCreateResponse.class);
        assertTrue(body.getId().matches("task_[a-z2-7]{26}"), body.getId());
        assertEquals(TaskStatus.PENDING, body.getStatus());
        assertNull(body.getTaskReplayed());
        assertEquals("{\"id\":\"" + body.getId() + "\",\"status\":\"pending\"}", created.body());
        assertEquals(1, sandbox.taskCount());

        String id = body.getId();
        assertEquals("pending", status(id));
        clock.advance(Duration.ofMillis(999));
        assertEquals("pending", status(id));
        clock.advance(Duration.ofMillis(1));
        assertEquals("processing", status(id));
        assertEquals("{\"id\":\"" + id + "\",\"status\":\"processing\"}", http.get("text_to_video", id).body());
        clock.advance(Duration.ofSeconds(3));

        HttpResponse<String> done = http.get("text_to_video", id);
        TaskResponse task = Json.MAPPER.readValue(done.body(), TaskResponse.class);
        assertEquals(TaskStatus.COMPLETED, task.getStatus());
        assertEquals(sandbox.cdnUri() + "/videos/" + id + ".mp4", task.getVideos().get(0).getUrl());
        assertEquals(0.35, task.getUsage().getCost());
        assertNull(task.getError());
        assertFalse(SandboxHttp.json(done).has("error"));
        assertEquals(id, done.headers().firstValue("X-RunAPI-Task-Id").orElseThrow());
    }

    @Test
    void promptWithFailTriggerEndsFailedWithoutUsageOrVideo() {
        String id = http.createdId(http.create("text_to_video",
                "{\"model\":\"kling-3.0\",\"prompt\":\"please [fail] now\"}"));
        clock.advance(Duration.ofSeconds(1));
        assertEquals("processing", status(id));
        clock.advance(Duration.ofSeconds(3));

        JsonNode task = SandboxHttp.json(http.get("text_to_video", id));
        assertEquals("failed", task.get("status").asText());
        assertEquals("The model could not generate this video", task.get("error").asText());
        assertFalse(task.has("usage"));
        assertFalse(task.has("videos"));
        HttpResponse<String> video = SandboxHttp.send(HttpRequest.newBuilder(
                URI.create(sandbox.cdnUri() + "/videos/" + id + ".mp4")).build());
        assertEquals(404, video.statusCode());
    }

    @Test
    void failTriggerInAShotOfAMultiShotRequestFailsToo() {
        String id = http.createdId(http.create("text_to_video", "{\"model\":\"kling-3.0\",\"multi_shots\":true,"
                + "\"multi_prompt\":[{\"prompt\":\"shot one\",\"duration_seconds\":2},"
                + "{\"prompt\":\"[fail] shot two\",\"duration_seconds\":3}]}"));
        clock.advance(Duration.ofSeconds(4));
        assertEquals("failed", status(id));
    }

    @Test
    void imageToVideoTasksLiveOnTheirOwnEndpoint() {
        String id = http.createdId(http.create("image_to_video", "{\"model\":\"kling-v2.6\",\"prompt\":\"The cat"
                + " turns\",\"first_frame_image_url\":\"https://example.com/cat.png\",\"mode\":\"pro\"}"));
        clock.advance(Duration.ofSeconds(4));
        JsonNode task = SandboxHttp.json(http.get("image_to_video", id));
        assertEquals("completed", task.get("status").asText());

        HttpResponse<String> other = http.get("text_to_video", id);
        assertEquals(404, other.statusCode());
        assertEquals("{\"error\":{\"code\":\"not_found\",\"message\":\"Task " + id + " not found\"}}", other.body());
    }

    @Test
    void unknownIdIsNotFound() {
        HttpResponse<String> response = http.get("text_to_video", "task_doesnotexist");
        assertEquals(404, response.statusCode());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
        JsonNode error = SandboxHttp.json(response).get("error");
        assertEquals("not_found", error.get("code").asText());
        assertEquals("Task task_doesnotexist not found", error.get("message").asText());
    }

    @Test
    void costFollowsDurationResolutionAndSound() {
        String id = http.createdId(http.create("text_to_video", "{\"model\":\"kling-3.0\",\"prompt\":\"p\","
                + "\"duration_seconds\":10,\"output_resolution\":\"1080p\",\"enable_sound\":true}"));
        clock.advance(Duration.ofSeconds(4));
        assertEquals(1.4, SandboxHttp.json(http.get("text_to_video", id)).get("usage").get("cost").asDouble());
    }

    @Test
    void lifecycleDurationsAreConfigurable() {
        sandbox.close();
        sandbox = KlingSandbox.builder().clock(clock).pendingFor(Duration.ZERO)
                .processingFor(Duration.ofSeconds(10)).build().start();
        http = new SandboxHttp(sandbox);
        String id = http.createdId(http.create("text_to_video", FOX));
        assertEquals("processing", status(id));
        clock.advance(Duration.ofSeconds(10));
        assertEquals("completed", status(id));
    }

    @Test
    void everyCreateGetsItsOwnTask() {
        String first = http.createdId(http.create("text_to_video", FOX));
        String second = http.createdId(http.create("text_to_video", FOX));
        assertNotEquals(first, second);
        assertEquals(2, sandbox.taskCount());
    }

    private String status(String id) {
        HttpResponse<String> response = http.get("text_to_video", id);
        assertEquals(200, response.statusCode(), response.body());
        return SandboxHttp.json(response).get("status").asText();
    }
}
