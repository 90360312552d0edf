package io.kling4j.contracts.pact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.com.dius.pact.consumer.MockServer;
import com.fasterxml.jackson.databind.JsonNode;
import io.kling4j.contracts.SpecCalls;
import io.kling4j.contracts.TaskEndpoint;
import java.util.List;

/** Calls every task endpoint on the Pact mock server ({@link SpecCalls}) and checks what kling4j reads back. */
final class TaskChecks {
    private TaskChecks() {
    }

    static void create(MockServer server, List<TaskEndpoint> endpoints) {
        for (TaskEndpoint endpoint : endpoints) {
            SpecCalls.Answer created = authorized(server).post(endpoint.path(), endpoint.validBody(),
                    PactRequests.idempotencyKey(endpoint, TaskPacts.CREATE));
            assertEquals(200, created.status(), endpoint.segment());
            assertEquals(endpoint.taskId("created"), created.body().path("id").asText());
            assertEquals("pending", created.body().path("status").asText());
        }
    }

    static void statuses(MockServer server, List<TaskEndpoint> endpoints) {
        SpecCalls calls = authorized(server);
        for (TaskEndpoint endpoint : endpoints) {
            for (String status : TaskPacts.STATUSES) {
                String id = endpoint.taskId(status);
                SpecCalls.Answer answer = calls.get(endpoint.taskPath(id));
                assertEquals(200, answer.status(), id);
                JsonNode task = answer.body();
                assertEquals(id, task.path("id").asText());
                assertEquals(status, task.path("status").asText());
                switch (status) {
                    case "completed" -> {
                        assertFalse(task.path("videos").path(0).path("url").asText().isBlank(), "video url");
                        assertTrue(task.path("usage").path("cost").asDouble(-1) >= 0, "usage.cost");
                        assertTrue(task.path("error").isMissingNode(), "no error");
                    }
                    case "failed" -> {
                        assertFalse(task.path("error").asText().isBlank(), "failed task has an error");
                        assertTrue(task.path("videos").isMissingNode() && task.path("usage").isMissingNode());
                    }
                    default -> assertTrue(task.path("videos").isMissingNode() && task.path("usage").isMissingNode()
                            && task.path("error").isMissingNode(), id + " has no result yet");
                }
            }
        }
    }

    static void invalidBody(MockServer server, List<TaskEndpoint> endpoints) {
        for (TaskEndpoint endpoint : endpoints) {
            assertError(authorized(server).post(endpoint.path(), endpoint.invalidBody(),
                    PactRequests.idempotencyKey(endpoint, TaskPacts.INVALID)), 400, "invalid_request");
        }
    }

    static void missingKey(MockServer server, List<TaskEndpoint> endpoints) {
        for (TaskEndpoint endpoint : endpoints) {
            assertError(SpecCalls.withoutKey(server.getUrl()).post(endpoint.path(), endpoint.validBody(),
                    PactRequests.idempotencyKey(endpoint, TaskPacts.NO_KEY)), 401, "unauthorized");
        }
    }

    static void unknownTask(MockServer server, List<TaskEndpoint> endpoints) {
        for (TaskEndpoint endpoint : endpoints) {
            assertError(authorized(server).get(endpoint.taskPath(endpoint.missingTaskId())), 404, "not_found");
        }
    }

    /** The answer is {@code status} with RunAPI's envelope, {@code code} and a message. */
    static SpecCalls.Answer assertError(SpecCalls.Answer answer, int status, String code) {
        assertEquals(status, answer.status(), () -> "status of " + answer.body());
        assertEquals(code, answer.errorCode());
        assertFalse(answer.body().path("error").path("message").asText().isBlank(), "error.message");
        return answer;
    }

    static SpecCalls authorized(MockServer server) {
        return SpecCalls.withKey(server.getUrl(), PactNames.EXAMPLE_API_KEY);
    }
}
