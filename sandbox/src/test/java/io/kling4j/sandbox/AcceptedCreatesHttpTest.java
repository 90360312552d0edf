package io.kling4j.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** RunAPI's hybrid task API on demand: creates answered 202 + Location, the Location polled to the create's answer. */
class AcceptedCreatesHttpTest {
    private static final String BODY = "{\"model\":\"kling-3.0\",\"prompt\":\"A fox\"}";
    private KlingSandbox sandbox;
    private SandboxHttp http;

    @BeforeEach
    void start() {
        sandbox = KlingSandbox.builder().clock(new MutableClock()).build().start();
        http = new SandboxHttp(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void acceptedCreateIsPolledAtItsLocationUntilTheCreateAnswerArrives() {
        sandbox.faults().acceptCreates(2);
        HttpResponse<String> accepted = http.create("text_to_video", BODY, "Idempotency-Key", "k-1");
        assertEquals(202, accepted.statusCode(), accepted.body());
        assertEquals("1", accepted.headers().firstValue("Retry-After").orElseThrow());
        String location = accepted.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith(sandbox.baseUri() + "/api/v1/task_results/tr_"), location);
        assertEquals(location.substring(location.lastIndexOf('/') + 1), SandboxHttp.json(accepted).get("id").asText());

        String path = URI.create(location).getPath();
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> poll = http.getPath(path);
            assertEquals("processing", SandboxHttp.json(poll).get("status").asText(), poll.body());
            assertEquals("1", poll.headers().firstValue("Retry-After").orElseThrow());
        }
        JsonNode done = SandboxHttp.json(http.getPath(path));
        assertEquals("completed", done.get("status").asText());
        assertEquals("application/json", done.at("/response/content_type").asText());
        String taskId = done.at("/response/body/id").asText();
        assertEquals(200, http.get("text_to_video", taskId).statusCode(), "the task exists");

        HttpResponse<String> replay = http.create("text_to_video", BODY, "Idempotency-Key", "k-1");
        assertEquals(202, replay.statusCode());
        String replayPath = URI.create(replay.headers().firstValue("Location").orElseThrow()).getPath();
        http.getPath(replayPath);
        http.getPath(replayPath);
        JsonNode again = SandboxHttp.json(http.getPath(replayPath));
        assertEquals(taskId, again.at("/response/body/id").asText(), "same key, same task");
        assertTrue(again.at("/response/body/task_replayed").asBoolean());
        assertEquals(1, sandbox.taskCount());
    }

    @Test
    void theAdminApiSwitchesItOnAndClearingFaultsSwitchesItOff() {
        HttpResponse<String> on = SandboxHttp.send(HttpRequest.newBuilder(
                URI.create(sandbox.baseUri() + "/__sandbox/faults/accepted"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"polls\":0}")).build());
        assertEquals(200, on.statusCode(), on.body());
        HttpResponse<String> accepted = http.create("text_to_video", BODY);
        assertEquals(202, accepted.statusCode());
        JsonNode result = SandboxHttp.json(http.getPath(
                URI.create(accepted.headers().firstValue("Location").orElseThrow()).getPath()));
        assertEquals("completed", result.get("status").asText());
        assertEquals(404, http.getPath("/api/v1/task_results/tr_unknown").statusCode());

        sandbox.faults().clear();
        assertEquals(200, http.create("text_to_video", BODY).statusCode());
    }
}
