package io.kling4j.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Scripted task fates: failing, never finishing, and a status value the spec does not know. */
class TaskFaultsTest extends SandboxHttpTest {
    private static final String BODY = "{\"model\":\"kling-3.0\",\"prompt\":\"a fox\"}";

    @Test
    void queuedFatesApplyToTheNextTasksInOrder() {
        sandbox.faults().nextTask(TaskFault.FAILS);
        sandbox.faults().nextTask(TaskFault.NEVER_FINISHES);
        String failing = http.createdId(http.create("text_to_video", BODY));
        String stuck = http.createdId(http.create("text_to_video", BODY));
        String normal = http.createdId(http.create("text_to_video", BODY));

        clock.advance(Duration.ofDays(1));

        JsonNode failed = status(failing);
        assertEquals("failed", failed.path("status").asText());
        assertEquals(SandboxTask.FAILURE_MESSAGE, failed.path("error").asText());
        assertFalse(failed.has("usage"));
        assertEquals("processing", status(stuck).path("status").asText());
        assertEquals("completed", status(normal).path("status").asText());
    }

    @Test
    void unknownStatusIsReportedWhilePendingThenTheTaskGoesOn() {
        sandbox.faults().allTasks(TaskFault.UNKNOWN_STATUS);
        String id = http.createdId(http.create("text_to_video", BODY));
        assertEquals(TaskFault.UNKNOWN_STATUS_VALUE, status(id).path("status").asText());

        clock.advance(Duration.ofSeconds(1));
        assertEquals("processing", status(id).path("status").asText());
        clock.advance(Duration.ofSeconds(3));
        assertEquals("completed", status(id).path("status").asText());
    }

    @Test
    void aReplayedCreateDoesNotConsumeAFate() {
        String first = http.createdId(http.create("text_to_video", BODY, "Idempotency-Key", "k1"));
        sandbox.faults().nextTask(TaskFault.FAILS);
        assertEquals(first, http.createdId(http.create("text_to_video", BODY, "Idempotency-Key", "k1")));
        String second = http.createdId(http.create("text_to_video", BODY));

        clock.advance(Duration.ofMinutes(1));

        assertEquals("completed", status(first).path("status").asText());
        assertEquals("failed", status(second).path("status").asText());
        assertTrue(sandbox.faults().describe().isEmpty());
    }

    private JsonNode status(String id) {
        return SandboxHttp.json(http.get("text_to_video", id));
    }
}
