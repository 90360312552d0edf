package io.kling4j.contracts.stubs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.kling4j.contracts.SpecCalls;
import io.kling4j.contracts.TaskEndpoint;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every task endpoint of the spec against WireMock serving the SCC stubs (no scenario): the contracts generated
 * from the spec (GenerateTaskContracts) answer the spec's sample bodies and ids.
 */
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

    static List<TaskEndpoint> endpoints() {
        return TaskEndpoint.all();
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void createAnswersPendingTask(TaskEndpoint endpoint) {
        SpecCalls.Answer created = calls(KEY).post(endpoint.path(), endpoint.validBody(), "idem-1");
        assertEquals(200, created.status());
        assertEquals(endpoint.taskId("created"), created.body().path("id").asText());
        assertEquals("pending", created.body().path("status").asText());
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void everyStatusIsServed(TaskEndpoint endpoint) {
        SpecCalls calls = calls(KEY);
        for (String status : new String[] {"pending", "processing"}) {
            JsonNode task = calls.get(endpoint.taskPath(endpoint.taskId(status))).body();
            assertEquals(status, task.path("status").asText());
            assertTrue(task.path("videos").isMissingNode());
        }
        JsonNode completed = calls.get(endpoint.taskPath(endpoint.taskId("completed"))).body();
        assertEquals("completed", completed.path("status").asText());
        assertFalse(completed.path("videos").path(0).path("url").asText().isBlank());
        assertEquals(0.35, completed.path("usage").path("cost").asDouble());
        JsonNode failed = calls.get(endpoint.taskPath(endpoint.taskId("failed"))).body();
        assertEquals("failed", failed.path("status").asText());
        assertFalse(failed.path("error").asText().isBlank());
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void errorsUseTheEnvelope(TaskEndpoint endpoint) {
        assertError(calls(KEY).post(endpoint.path(), endpoint.invalidBody(), "idem-2"), 400, "invalid_request");
        assertError(calls("sk-invalid").post(endpoint.path(), endpoint.validBody(), "idem-3"), 401, "unauthorized");
        assertError(calls(KEY).get(endpoint.taskPath(endpoint.missingTaskId())), 404, "not_found");
    }

    private static void assertError(SpecCalls.Answer answer, int status, String code) {
        assertEquals(status, answer.status());
        assertEquals(code, answer.errorCode());
    }

    private static SpecCalls calls(String key) {
        return SpecCalls.withKey(KlingStubs.baseUrl(SERVER), key);
    }
}
