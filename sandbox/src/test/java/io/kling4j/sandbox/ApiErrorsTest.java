package io.kling4j.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ApiErrorsTest {
    private static final String VALID = "{\"model\":\"kling-3.0\",\"prompt\":\"A fox\"}";
    private static KlingSandbox sandbox;
    private static SandboxHttp http;

    @BeforeAll
    static void start() {
        sandbox = KlingSandbox.builder().apiKey("sk-test-secret").clock(new MutableClock()).build().start();
        http = new SandboxHttp(sandbox);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void missingKeyIsUnauthorized() {
        HttpResponse<String> response = SandboxHttp.send(HttpRequest.newBuilder(
                URI.create(sandbox.baseUri() + "/api/v1/kling/text_to_video"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(VALID)).build());
        assertUnauthorized(response);
    }

    @Test
    void wrongKeyOrSchemeIsUnauthorizedAndNeverEchoed() {
        for (String header : new String[] {"Bearer sk-wrong", "Basic sk-test-secret", "sk-test-secret", "Bearer "}) {
            HttpResponse<String> response = http.get("text_to_video", "task_1", "Authorization", header);
            assertUnauthorized(response);
        }
        HttpResponse<String> response = http.get("text_to_video", "task_1", "Authorization", "Bearer sk-wrong");
        assertFalse(response.body().contains("sk-"), response.body());
        response.headers().map().forEach((name, values) ->
                assertFalse(values.toString().contains("sk-"), name + " leaks the key"));
    }

    @Test
    void unauthorizedEvenOnUnknownApiPaths() {
        HttpResponse<String> response = SandboxHttp.send(HttpRequest.newBuilder(
                URI.create(sandbox.baseUri() + "/api/v1/nothing")).build());
        assertUnauthorized(response);
    }

    @Test
    void wrongTypeIsRejectedNamingTheField() {
        HttpResponse<String> response = http.create("text_to_video",
                "{\"model\":\"kling-3.0\",\"prompt\":\"p\",\"duration_seconds\":\"five\"}");
        assertInvalid(response, "duration_seconds: must be of type integer (got string)");
    }

    @Test
    void missingRequiredFieldsAreNamed() {
        assertInvalid(http.create("text_to_video", "{\"prompt\":\"p\"}"), "model: is required");
        HttpResponse<String> response = http.create("image_to_video", "{\"model\":\"kling-v2.6\"}");
        String message = assertInvalid(response, "first_frame_image_url: is required");
        assertTrue(message.contains("prompt: is required"), message);
    }

    @Test
    void enumRangeAndNestedProblemsAreAllReported() {
        String message = assertInvalid(http.create("text_to_video", "{\"model\":\"kling-3.0\","
                + "\"aspect_ratio\":\"4:3\",\"duration_seconds\":20,\"multi_prompt\":[{\"prompt\":\"\"}]}"),
                "aspect_ratio: must be one of 16:9, 9:16, 1:1 (got \"4:3\")");
        assertTrue(message.contains("duration_seconds: must be at most 15 (got 20)"), message);
        assertTrue(message.contains("multi_prompt[0].duration_seconds: is required"), message);
        assertTrue(message.contains("multi_prompt[0].prompt: must be at least 1 characters long"), message);
    }

    @Test
    void invalidHeadersAreRejectedToo() {
        assertInvalid(http.create("text_to_video", VALID, "Idempotency-Key", ""),
                "Idempotency-Key: must be at least 1 characters long");
        assertInvalid(http.create("text_to_video", VALID, "Content-Type", "text/plain"), "Content-Type: ");
    }

    @Test
    void malformedOrMissingJsonIsBadRequest() {
        assertInvalid(http.create("text_to_video", "{\"model\": kling}"), "body: malformed JSON");
        assertInvalid(http.create("text_to_video", "{\"model\":\"x\"} trailing"), "body: malformed JSON");
        assertInvalid(http.create("text_to_video", ""), "body: a JSON request body is required");
        assertInvalid(http.create("text_to_video", "[1]"), "body: must be of type object (got array)");
    }

    @Test
    void rejectedRequestsCreateNothing() {
        int before = sandbox.taskCount();
        http.create("text_to_video", "{\"duration_seconds\":\"five\"}");
        assertEquals(before, sandbox.taskCount());
    }

    @Test
    void unknownPathIsNotFound() {
        HttpResponse<String> response = SandboxHttp.send(http.api("/api/v1/kling/no_such_endpoint").GET().build());
        assertEquals(404, response.statusCode());
        assertEquals("not_found", error(response).get("code").asText());
        assertEquals(404, SandboxHttp.send(HttpRequest.newBuilder(URI.create(sandbox.baseUri() + "/")).build())
                .statusCode());
        assertEquals(404, http.get("text_to_video", "a/b").statusCode());
    }

    @Test
    void wrongMethodIsNotAllowed() {
        HttpResponse<String> onCreate = SandboxHttp.send(http.api("/api/v1/kling/text_to_video").GET().build());
        assertEquals(405, onCreate.statusCode());
        assertEquals("POST", onCreate.headers().firstValue("Allow").orElseThrow());
        assertEquals("method_not_allowed", error(onCreate).get("code").asText());

        HttpResponse<String> onGet = SandboxHttp.send(http.api("/api/v1/kling/text_to_video/task_1")
                .DELETE().build());
        assertEquals(405, onGet.statusCode());
        assertEquals("GET", onGet.headers().firstValue("Allow").orElseThrow());
    }

    @Test
    void everyResponseHasAFreshRequestIdAndJsonContentType() {
        HttpResponse<String> ok = http.create("text_to_video", VALID);
        HttpResponse<String> notFound = http.get("text_to_video", "task_none");
        HttpResponse<String> bad = http.create("text_to_video", "{}");
        String first = ok.headers().firstValue("x-request-id").orElseThrow();
        for (HttpResponse<String> response : java.util.List.of(ok, notFound, bad)) {
            String id = response.headers().firstValue("x-request-id").orElseThrow();
            assertTrue(id.matches("req_[0-9a-f]{24}"), id);
            assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
        }
        assertNotEquals(first, notFound.headers().firstValue("x-request-id").orElseThrow());
    }

    @Test
    void clientRequestIdIsEchoed() {
        HttpResponse<String> created = http.create("text_to_video", VALID, "X-Client-Request-Id", "order-42");
        assertEquals("order-42", created.headers().firstValue("X-Client-Request-Id").orElseThrow());
        HttpResponse<String> missing = http.get("text_to_video", "task_none", "X-Client-Request-Id", "poll 7");
        assertEquals("poll 7", missing.headers().firstValue("X-Client-Request-Id").orElseThrow());
        assertFalse(http.get("text_to_video", "task_none").headers().firstValue("X-Client-Request-Id")
                .isPresent());
    }

    private static void assertUnauthorized(HttpResponse<String> response) {
        assertEquals(401, response.statusCode());
        assertEquals("{\"error\":{\"code\":\"unauthorized\",\"message\":\"Missing or invalid API key\"}}",
                response.body());
        assertTrue(response.headers().firstValue("x-request-id").isPresent());
    }

    /** Asserts a 400 invalid_request whose message starts with {@code prefix}; returns the message. */
    private static String assertInvalid(HttpResponse<String> response, String prefix) {
        assertEquals(400, response.statusCode(), response.body());
        JsonNode error = error(response);
        assertEquals("invalid_request", error.get("code").asText());
        String message = error.get("message").asText();
        assertTrue(message.startsWith(prefix) || message.contains("; " + prefix), message);
        return message;
    }

    private static JsonNode error(HttpResponse<String> response) {
        return SandboxHttp.json(response).get("error");
    }
}
