package io.kling4j.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The admin HTTP API {@code /__sandbox/faults}: no key needed, drives the same faults as the Java API. */
class AdminApiTest {
    private final MutableClock clock = new MutableClock();
    private KlingSandbox sandbox;
    private SandboxHttp http;

    @BeforeEach
    void start() {
        sandbox = KlingSandbox.builder().clock(clock).build().start();
        sandbox.seedTask("text_to_video", "task_seeded", "completed");
        http = new SandboxHttp(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void scriptsARespondFaultForOneAttempt() {
        HttpResponse<String> added = admin("POST", "/__sandbox/faults", "{\"method\":\"GET\","
                + "\"operation\":\"text_to_video\",\"attempt\":1,\"action\":\"respond\",\"status\":502,"
                + "\"body\":{\"error\":{\"message\":\"bad gateway\"}},\"headers\":{\"Retry-After\":\"4\"}}");
        assertEquals(200, added.statusCode(), added.body());

        HttpResponse<String> faulted = http.get("text_to_video", "task_seeded");
        assertEquals(502, faulted.statusCode());
        assertEquals("bad gateway", SandboxHttp.json(faulted).path("error").path("message").asText());
        assertEquals("4", faulted.headers().firstValue("Retry-After").orElseThrow());
        assertEquals(200, http.get("text_to_video", "task_seeded").statusCode());

        String listed = admin("GET", "/__sandbox/faults", null).body();
        assertTrue(listed.contains("RESPOND on GET text_to_video, attempt 1 (seen 2, hit 1)"), listed);
    }

    @Test
    void everyActionCanBeScripted() {
        for (String action : new String[] {"rate_limited", "reset_before_body", "reset_after_body",
            "truncated_json", "malformed_json"}) {
            assertEquals(200, admin("POST", "/__sandbox/faults",
                    "{\"method\":\"GET\",\"operation\":\"me\",\"action\":\"" + action + "\"}").statusCode());
        }
        assertEquals(200, admin("POST", "/__sandbox/faults",
                "{\"operation\":\"me\",\"attempts\":[2,3],\"action\":\"delay\",\"delay_ms\":50}").statusCode());
        assertEquals(6, sandbox.faults().describe().size());
        assertEquals(429, http.getPath("/api/v1/me").statusCode());
    }

    @Test
    void deleteClearsAndRandomAndTaskFaultsWork() {
        admin("POST", "/__sandbox/faults", "{\"action\":\"respond\",\"status\":500}");
        assertEquals(500, http.getPath("/api/v1/me").statusCode());
        assertEquals(200, admin("DELETE", "/__sandbox/faults", null).statusCode());
        assertEquals(200, http.getPath("/api/v1/me").statusCode());

        assertEquals(200, admin("POST", "/__sandbox/faults/random", "{\"rate\":1.0,\"seed\":3}").statusCode());
        int faulted = 0;
        for (int i = 0; i < 5; i++) {
            try {
                faulted += http.getPath("/api/v1/me").statusCode() == 200 ? 0 : 1;
            } catch (UncheckedIOException reset) {
                faulted++;
            }
        }
        assertEquals(5, faulted);
        admin("DELETE", "/__sandbox/faults", null);

        assertEquals(200, admin("POST", "/__sandbox/faults/tasks", "{\"fault\":\"never_finishes\"}").statusCode());
        String id = http.createdId(http.create("text_to_video", "{\"model\":\"kling-3.0\",\"prompt\":\"x\"}"));
        clock.advance(Duration.ofHours(1));
        assertEquals("processing", SandboxHttp.json(http.get("text_to_video", id)).path("status").asText());
    }

    @Test
    void badRequestsAreAnswered400AndTheAdminApiIsNeverFaulted() {
        sandbox.faults().on("*", "*").respond(500, null);
        assertEquals(400, admin("POST", "/__sandbox/faults", "{\"action\":\"explode\"}").statusCode());
        assertEquals(400, admin("POST", "/__sandbox/faults", "not json").statusCode());
        assertEquals(400, admin("POST", "/__sandbox/faults/tasks", "{\"fault\":\"sometimes\"}").statusCode());
        assertEquals(404, admin("GET", "/__sandbox/nothing", null).statusCode());
        assertEquals(200, admin("GET", "/__sandbox/faults", null).statusCode());
    }

    @Test
    void theAdminApiIsNotUnderApiAndNeedsNoKey() {
        assertThrows(IllegalArgumentException.class, () -> sandbox.faults().on("GET", "me").attempt(-1));
        HttpResponse<String> noKey = admin("GET", "/__sandbox/faults", null);
        assertEquals(200, noKey.statusCode());
        assertTrue(noKey.headers().firstValue("x-request-id").isPresent());
    }

    private HttpResponse<String> admin(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.baseUri() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        return SandboxHttp.send(request.build());
    }
}
