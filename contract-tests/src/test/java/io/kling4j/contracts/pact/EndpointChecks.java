package io.kling4j.contracts.pact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.com.dius.pact.consumer.MockServer;
import io.kling4j.contracts.Await;
import io.kling4j.contracts.Endpoint;
import io.kling4j.contracts.ErrorEnvelopes;
import io.kling4j.contracts.GeneratedClients;
import io.kling4j.contracts.TaskCalls;
import io.kling4j.generated.ApiException;
import io.kling4j.generated.model.TaskCreateResponse;
import io.kling4j.generated.model.TaskResponse;
import io.kling4j.generated.model.TaskStatus;

/** Drives the generated client against the Pact mock server and checks what it returns. */
final class EndpointChecks {
    private EndpointChecks() {
    }

    static void create(MockServer server, Endpoint endpoint) {
        TaskCreateResponse created = Await.value(authorized(server, endpoint)
                .create(true, PactRequests.idempotencyKey(endpoint, EndpointPacts.CREATE)));
        assertEquals(endpoint.taskId("created"), created.getId());
        assertEquals(TaskStatus.PENDING, created.getStatus());
    }

    static void statuses(MockServer server, Endpoint endpoint) {
        TaskCalls calls = authorized(server, endpoint);
        for (String status : EndpointPacts.STATUSES) {
            String id = endpoint.taskId(status);
            TaskResponse task = Await.value(calls.get(id));
            assertEquals(id, task.getId());
            assertEquals(TaskStatus.fromValue(status), task.getStatus());
            assertTrue(task.getStatus().isKnown(), "status is one the spec lists");
            switch (status) {
                case "completed" -> {
                    assertFalse(task.getVideos().isEmpty(), "completed task has videos");
                    assertFalse(task.getVideos().get(0).getUrl().isBlank(), "video url");
                    assertNotNull(task.getUsage(), "completed task has usage");
                    assertTrue(task.getUsage().getCost() >= 0, "usage.cost");
                    assertNull(task.getError());
                }
                case "failed" -> {
                    assertFalse(task.getError().isBlank(), "failed task has an error");
                    assertNull(task.getVideos());
                    assertNull(task.getUsage());
                }
                default -> {
                    assertNull(task.getVideos());
                    assertNull(task.getUsage());
                    assertNull(task.getError());
                }
            }
        }
    }

    static void invalidBody(MockServer server, Endpoint endpoint) {
        ApiException e = Await.apiFailure(authorized(server, endpoint)
                .create(false, PactRequests.idempotencyKey(endpoint, EndpointPacts.INVALID)));
        assertError(e, 400, "invalid_request");
    }

    static void missingKey(MockServer server, Endpoint endpoint) {
        ApiException e = Await.apiFailure(TaskCalls.of(endpoint, GeneratedClients.withoutKey(server.getUrl()))
                .create(true, PactRequests.idempotencyKey(endpoint, EndpointPacts.NO_KEY)));
        assertError(e, 401, "unauthorized");
    }

    static void unknownTask(MockServer server, Endpoint endpoint) {
        ApiException e = Await.apiFailure(authorized(server, endpoint).get(endpoint.missingTaskId()));
        assertError(e, 404, "not_found");
    }

    static void assertError(ApiException e, int httpStatus, String code) {
        assertEquals(httpStatus, e.getCode());
        var envelope = ErrorEnvelopes.of(e);
        assertEquals(code, envelope.getError().getCode());
        assertFalse(envelope.getError().getMessage().isBlank(), "error.message");
    }

    private static TaskCalls authorized(MockServer server, Endpoint endpoint) {
        return TaskCalls.of(endpoint, GeneratedClients.withKey(server.getUrl(), PactNames.EXAMPLE_API_KEY));
    }
}
