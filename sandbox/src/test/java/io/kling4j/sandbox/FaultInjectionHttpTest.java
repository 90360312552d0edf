package io.kling4j.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Scripted faults seen over real loopback HTTP, one kind at a time. */
class FaultInjectionHttpTest {
    private static final String BODY = "{\"model\":\"kling-3.0\",\"prompt\":\"a fox\",\"duration_seconds\":5}";

    private KlingSandbox sandbox;
    private SandboxHttp http;

    @BeforeEach
    void start() {
        sandbox = KlingSandbox.builder().build().start();
        sandbox.seedTask("text_to_video", "task_seeded", "completed");
        http = new SandboxHttp(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void respondHitsExactlyTheScriptedAttempt() {
        FaultHandle fault = sandbox.faults().on("POST", "text_to_video").attempt(2)
                .respond(503, "{\"error\":{\"code\":\"busy\",\"message\":\"Try later\"}}", Map.of("Retry-After", "3"));

        assertEquals(200, http.create("text_to_video", BODY).statusCode());
        HttpResponse<String> second = http.create("text_to_video", BODY);
        assertEquals(200, http.create("text_to_video", BODY).statusCode());
        assertEquals(200, http.get("text_to_video", "task_seeded").statusCode(), "GETs are not counted");

        assertEquals(503, second.statusCode());
        assertEquals("busy", SandboxHttp.json(second).path("error").path("code").asText());
        assertEquals("3", second.headers().firstValue("Retry-After").orElseThrow());
        assertNotNull(second.headers().firstValue("x-request-id").orElse(null));
        assertEquals(3, fault.seen());
        assertEquals(1, fault.fired());
        assertEquals(3, sandbox.taskCount(), "the faulted create created nothing");
    }

    @Test
    void rateLimitedSends429WithRetryAfterAndTheEnvelope() {
        sandbox.faults().on("GET", "*").attempts(1, 2).rateLimited(Duration.ofMillis(1500));

        HttpResponse<String> first = http.get("text_to_video", "task_seeded");
        HttpResponse<String> second = http.getPath("/api/v1/me");
        HttpResponse<String> third = http.get("text_to_video", "task_seeded");

        assertEquals(429, first.statusCode());
        assertEquals("2", first.headers().firstValue("Retry-After").orElseThrow());
        assertEquals("rate_limited", SandboxHttp.json(first).path("error").path("code").asText());
        assertEquals(429, second.statusCode());
        assertEquals(200, third.statusCode());
    }

    @Test
    void resetBeforeTheBodyAnswersNothingAndCreatesNothing() {
        FaultHandle reset = sandbox.faults().on("POST", "text_to_video").attempt(1).resetBeforeBody();

        assertThrows(UncheckedIOException.class, () -> http.create("text_to_video", BODY));

        assertEquals(1, reset.fired());
        assertEquals(1, sandbox.taskCount(), "only the seeded task");
        assertEquals(200, http.create("text_to_video", BODY).statusCode());
    }

    @Test
    void resetAfterTheBodyCreatesTheTaskButAnswersNothing() throws InterruptedException {
        FaultHandle reset = sandbox.faults().on("POST", "text_to_video").attempt(1).resetAfterBody();

        assertThrows(UncheckedIOException.class, () -> http.create("text_to_video", BODY));

        assertTrue(reset.awaitHandled(1, Duration.ofSeconds(5)));
        assertEquals(2, sandbox.taskCount(), "the seeded task and the one whose answer was lost");
    }

    @Test
    void truncatedJsonDeclaresMoreBytesThanItSends() {
        sandbox.faults().on("GET", "text_to_video").attempt(1).truncatedJson();

        UncheckedIOException error = assertThrows(UncheckedIOException.class,
                () -> http.get("text_to_video", "task_seeded"));

        assertTrue(error.getCause() instanceof IOException);
        assertEquals(200, http.get("text_to_video", "task_seeded").statusCode());
    }

    @Test
    void malformedJsonKeepsTheStatusButBreaksTheBody() {
        sandbox.faults().on("GET", "text_to_video").attempt(1).malformedJson();

        HttpResponse<String> response = http.get("text_to_video", "task_seeded");

        assertEquals(200, response.statusCode());
        assertTrue(response.body().startsWith("{\""), response.body());
        assertThrows(IOException.class, () -> Json.MAPPER.readTree(response.body()));
    }

    @Test
    void delayAddsLatencyThenAnswersNormally() {
        FaultHandle slow = sandbox.faults().on("GET", "text_to_video").delay(Duration.ofMillis(300));

        long start = System.nanoTime();
        HttpResponse<String> response = http.get("text_to_video", "task_seeded");
        long tookMillis = (System.nanoTime() - start) / 1_000_000;

        assertEquals(200, response.statusCode());
        assertTrue(tookMillis >= 300, "took " + tookMillis + " ms");
        assertEquals(1, slow.fired());
    }

    @Test
    void theFirstRegisteredFaultWinsAndEveryFaultCountsEveryMatch() {
        FaultHandle first = sandbox.faults().on("GET", "text_to_video").attempt(1).respond(500, null);
        FaultHandle second = sandbox.faults().on("*", "*").attempts(1, 2).respond(502, null);

        assertEquals(500, http.get("text_to_video", "task_seeded").statusCode());
        assertEquals(502, http.get("text_to_video", "task_seeded").statusCode());
        assertEquals(200, http.get("text_to_video", "task_seeded").statusCode());

        assertEquals(1, first.fired());
        assertEquals(1, second.fired());
        assertEquals(3, second.seen());
    }

    @Test
    void clearRemovesEveryFault() {
        sandbox.faults().on("*", "*").respond(500, null);
        sandbox.faults().randomRate(1.0, 7);
        assertEquals(2, sandbox.faults().describe().size());

        sandbox.faults().clear();

        assertEquals(200, http.get("text_to_video", "task_seeded").statusCode());
        assertTrue(sandbox.faults().describe().isEmpty());
    }

    @Test
    void theCdnIsNeverFaulted() {
        sandbox.faults().on("*", "*").respond(500, null);
        URI blob = sandbox.publishBlob("small.bin", 10);

        HttpResponse<byte[]> response = SandboxHttp.sendForBytes(HttpRequest.newBuilder(blob).build());

        assertEquals(200, response.statusCode());
        assertEquals(10, response.body().length);
    }

    @Test
    void scriptsRejectNonsense() {
        FaultScript script = sandbox.faults().on("GET", "me");
        assertThrows(IllegalArgumentException.class, () -> script.attempt(0));
        assertThrows(IllegalArgumentException.class, () -> script.attempts(3, 2));
        assertThrows(IllegalArgumentException.class, () -> script.respond(700, null));
        assertThrows(IllegalArgumentException.class, () -> script.delay(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> sandbox.faults().randomRate(1.5, 1));
        assertFalse(sandbox.faults().describe().iterator().hasNext());
    }
}
