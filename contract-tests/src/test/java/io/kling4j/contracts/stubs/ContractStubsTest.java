package io.kling4j.contracts.stubs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.kling4j.contracts.Await;
import io.kling4j.contracts.Endpoint;
import io.kling4j.contracts.ErrorEnvelopes;
import io.kling4j.contracts.GeneratedClients;
import io.kling4j.contracts.TaskCalls;
import io.kling4j.generated.ApiException;
import io.kling4j.generated.model.TaskCreateResponse;
import io.kling4j.generated.model.TaskResponse;
import io.kling4j.generated.model.TaskStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The generated client against WireMock serving the SCC stubs of both endpoints (no scenario). */
class ContractStubsTest {
    private static final String KEY = "sk-stub-user";
    private static final WireMockServer SERVER = KlingStubs.newServer();

    @BeforeAll
    static void start() {
        SERVER.start();
    }

    @AfterAll
    static void stop() {
        SERVER.stop();
    }

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void createAnswersPendingTask(Endpoint endpoint) {
        TaskCreateResponse created = Await.value(calls(endpoint, KEY).create(true, "idem-1"));
        assertEquals(endpoint.taskId("created"), created.getId());
        assertEquals(TaskStatus.PENDING, created.getStatus());
    }

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void everyStatusIsServed(Endpoint endpoint) {
        TaskCalls calls = calls(endpoint, KEY);
        for (String status : new String[] {"pending", "processing"}) {
            TaskResponse task = Await.value(calls.get(endpoint.taskId(status)));
            assertEquals(TaskStatus.fromValue(status), task.getStatus());
            assertNull(task.getVideos());
        }
        TaskResponse completed = Await.value(calls.get(endpoint.taskId("completed")));
        assertEquals(TaskStatus.COMPLETED, completed.getStatus());
        assertFalse(completed.getVideos().get(0).getUrl().isBlank());
        assertEquals(0.35, completed.getUsage().getCost());
        TaskResponse failed = Await.value(calls.get(endpoint.taskId("failed")));
        assertEquals(TaskStatus.FAILED, failed.getStatus());
        assertFalse(failed.getError().isBlank());
    }

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void errorsUseTheEnvelope(Endpoint endpoint) {
        assertError(Await.apiFailure(calls(endpoint, KEY).create(false, "idem-2")),
                400, "invalid_request");
        assertError(Await.apiFailure(calls(endpoint, "sk-invalid").create(true, "idem-3")),
                401, "unauthorized");
        assertError(Await.apiFailure(calls(endpoint, KEY).get(endpoint.missingTaskId())), 404, "not_found");
    }

    private static void assertError(ApiException e, int status, String code) {
        assertEquals(status, e.getCode());
        assertEquals(code, ErrorEnvelopes.of(e).getError().getCode());
    }

    private static TaskCalls calls(Endpoint endpoint, String key) {
        return TaskCalls.of(endpoint, GeneratedClients.withKey(KlingStubs.baseUrl(SERVER), key));
    }
}
