package io.kling4j.client;

import static io.kling4j.client.ScriptedServer.Reply.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kling4j.client.errors.FieldViolation;
import io.kling4j.client.errors.ValidationException;


import io.kling4j.client.TextToVideoParams;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The facade checks the spec's rules before sending: all violations at once, and zero HTTP calls. */
class LocalValidationTest {
    private final ScriptedServer server = new ScriptedServer();
    private final KlingClient client = KlingClient.builder().apiKey("sk-test").baseUrl(server.baseUrl()).build();

    LocalValidationTest() throws Exception {
    }

    @AfterEach
    void close() {
        client.close();
        server.close();
    }

    /** kling-v2.6 takes 5 or 10 s, no output_resolution, and sound only in pro mode: three rules broken. */
    private static TextToVideoParams threeViolations() {
        return TextToVideoParams.builder().model("kling-v2.6").prompt("Waves").durationSeconds(7)
                .outputResolution("1080p").enableSound(true).mode("std").build();
    }

    @Test
    void aRejectedRequestMakesZeroHttpCallsAndListsEveryViolation() {
        ValidationException e = assertThrows(ValidationException.class, () -> client.submit(threeViolations()));
        assertEquals(List.of(), server.requests, "no HTTP call was made");
        assertEquals(0, e.status());
        assertEquals(List.of("duration_seconds", "output_resolution", "mode"),
                e.violations().stream().map(FieldViolation::field).toList());
        FieldViolation duration = e.violations().get(0);
        assertEquals("7", duration.value());
        assertEquals("kling-v2.6", duration.model());
        assertEquals("must be one of 5, 10", duration.rule());
        assertTrue(e.getMessage().contains("duration_seconds = 7: must be one of 5, 10 for model kling-v2.6"),
                e.getMessage());
        assertTrue(e.getMessage().contains("mode = \"std\": must be pro when enable_sound is true"), e.getMessage());
    }

    @Test
    void schemaConstraintsAreCheckedForEveryModel() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> client.submit(TextToVideoParams.builder().model("kling-unknown-9").durationSeconds(40).prompt("").build()));
        assertEquals(List.of("prompt", "duration_seconds"), e.violations().stream().map(FieldViolation::field).toList());
        assertEquals(List.of(), server.requests);
    }

    @Test
    void anUnknownModelIsPassedThroughWithoutPerModelRules() {
        server.then(json(200, "{\"id\":\"task_1\"}"));
        client.submit(TextToVideoParams.builder().model("kling-v9").prompt("p").durationSeconds(7)
                .outputResolution("1080p").build());
        assertEquals(1, server.requests.size());
    }

    @Test
    void validationCanBeSwitchedOffPerRequest() {
        server.then(json(200, "{\"id\":\"task_1\"}"));
        client.submit(threeViolations(), RequestOptions.none().validate(false));
        assertEquals(1, server.requests.size());
    }

    @Test
    void validationCanBeSwitchedOffPerClient() {
        server.then(json(400, "{\"error\":{\"code\":\"invalid_request\",\"message\":\"duration_seconds: must be 5 or 10\"}}"));
        try (KlingClient unchecked = KlingClient.builder().apiKey("sk-test").baseUrl(server.baseUrl())
                .validateRequests(false).build()) {
            ValidationException e = assertThrows(ValidationException.class, () -> unchecked.submit(threeViolations()));
            assertEquals(400, e.status(), "RunAPI had the last word");
            assertEquals(List.of(), e.violations());
        }
        assertEquals(1, server.requests.size());
    }
}
