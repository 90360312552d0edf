package io.kling4j.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SeedTaskTest extends SandboxHttpTest {
    @ParameterizedTest
    @ValueSource(strings = {"pending", "processing"})
    void unfinishedSeededTasksStayFrozen(String status) {
        sandbox.seedTask("text_to_video", "task_123", status);
        clock.advance(Duration.ofDays(1));
        JsonNode task = SandboxHttp.json(http.get("text_to_video", "task_123"));
        assertEquals("{\"id\":\"task_123\",\"status\":\"" + status + "\"}", task.toString());
    }

    @Test
    void completedSeededTaskHasAVideoOnTheCdnAndACost() {
        sandbox.seedTask("image_to_video", "task_done", "completed");
        JsonNode task = SandboxHttp.json(http.get("image_to_video", "task_done"));
        assertEquals("completed", task.get("status").asText());
        assertEquals(sandbox.cdnUri() + "/videos/task_done.mp4", task.get("videos").get(0).get("url").asText());
        assertEquals(0.35, task.get("usage").get("cost").asDouble());
        assertFalse(task.has("error"));
        assertEquals(404, http.get("text_to_video", "task_done").statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"text_to_video", "image_to_video", "edit_video", "extend_video", "ai_avatar",
            "motion_control"})
    void everyTaskEndpointCanBeSeeded(String endpoint) {
        sandbox.seedTask(endpoint, "task_seeded", "completed");
        JsonNode task = SandboxHttp.json(http.get(endpoint, "task_seeded"));
        assertEquals("completed", task.get("status").asText());
        assertEquals(sandbox.cdnUri() + "/videos/task_seeded.mp4", task.get("videos").get(0).get("url").asText());
    }

    @Test
    void failedSeededTaskHasAnErrorAndNoUsage() {
        sandbox.seedTask("text_to_video", "task_bad", "failed");
        JsonNode task = SandboxHttp.json(http.get("text_to_video", "task_bad"));
        assertEquals("failed", task.get("status").asText());
        assertEquals("The model could not generate this video", task.get("error").asText());
        assertFalse(task.has("usage"));
        assertFalse(task.has("videos"));
    }

    @Test
    void seedingAgainReplacesTheTask() {
        sandbox.seedTask("text_to_video", "task_x", "pending");
        sandbox.seedTask("text_to_video", "task_x", "failed");
        assertEquals(1, sandbox.taskCount());
        assertEquals("failed", SandboxHttp.json(http.get("text_to_video", "task_x")).get("status").asText());
    }

    @Test
    void seedingWorksBeforeStart() {
        try (KlingSandbox fresh = KlingSandbox.builder().build()) {
            fresh.seedTask("text_to_video", "task_early", "completed");
            fresh.start();
            JsonNode task = SandboxHttp.json(new SandboxHttp(fresh).get("text_to_video", "task_early"));
            assertTrue(task.get("videos").get(0).get("url").asText().startsWith(fresh.cdnUri().toString()));
        }
    }

    @Test
    void badSeedsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> sandbox.seedTask("no_such_endpoint", "task_1", "pending"));
        assertThrows(IllegalArgumentException.class, () -> sandbox.seedTask("text_to_video", "task_1", "done"));
        assertThrows(IllegalArgumentException.class, () -> sandbox.seedTask("text_to_video", "bad id", "failed"));
        assertThrows(IllegalArgumentException.class, () -> sandbox.seedTask("text_to_video", "", "failed"));
        assertEquals(0, sandbox.taskCount());
    }
}
