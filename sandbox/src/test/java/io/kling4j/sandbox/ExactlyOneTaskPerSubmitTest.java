package io.kling4j.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kling4j.client.KlingClient;
import io.kling4j.client.KlingTask;
import io.kling4j.client.RetryPolicy;
import io.kling4j.client.TaskStatus;
import io.kling4j.client.TextToVideoParams;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The facade under faults on its create POST: whatever happened to the first attempt, {@code submit} ends with
 * exactly one task on the server, because every attempt of one submit carries the same Idempotency-Key.
 */
class ExactlyOneTaskPerSubmitTest {
    private static final Duration CLIENT_TIMEOUT = Duration.ofMillis(500);

    private KlingSandbox sandbox;
    private KlingClient client;

    @BeforeEach
    void start() {
        sandbox = KlingSandbox.builder().clock(new MutableClock()).build().start();
        client = KlingClient.builder()
                .apiKey(sandbox.apiKey())
                .baseUrl(sandbox.baseUri())
                .requestTimeout(CLIENT_TIMEOUT)
                .retryPolicy(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofSeconds(2)))
                .build();
    }

    @AfterEach
    void stop() {
        client.close();
        sandbox.close();
    }

    @Test
    void aResetAfterTheBodyWasHandledStillMakesOneTask() {
        FaultHandle reset = sandbox.faults().on("POST", "text_to_video").attempt(1).resetAfterBody();

        KlingTask task = client.submit(request("reset after body"));

        assertEquals(1, reset.fired());
        assertTrue(reset.seen() >= 2, "the client retried");
        assertOneTask(task);
    }

    @Test
    void a503StillMakesOneTask() {
        FaultHandle unavailable = sandbox.faults().on("POST", "text_to_video").attempt(1).respond(503, null);

        KlingTask task = client.submit(request("503 first"));

        assertEquals(1, unavailable.fired());
        assertTrue(unavailable.seen() >= 2, "the client retried");
        assertOneTask(task);
    }

    @Test
    void aResponseSlowerThanTheClientTimeoutStillMakesOneTask() throws InterruptedException {
        FaultHandle slow = sandbox.faults().on("POST", "text_to_video").attempt(1)
                .delay(CLIENT_TIMEOUT.multipliedBy(3));

        KlingTask task = client.submit(request("slow first answer"));

        assertTrue(slow.seen() >= 2, "the client gave up on the slow attempt and retried");
        assertTrue(slow.awaitHandled(1, Duration.ofSeconds(10)), "the slow attempt was handled too");
        assertOneTask(task);
    }

    @Test
    void aResetBeforeTheBodyAndATruncatedAnswerStillMakeOneTask() {
        FaultHandle reset = sandbox.faults().on("POST", "text_to_video").attempt(1).resetBeforeBody();
        FaultHandle truncated = sandbox.faults().on("POST", "text_to_video").attempt(2).truncatedJson();

        KlingTask task = client.submit(request("reset then truncated"));

        assertTrue(reset.seen() >= 3, "two retries at least");
        assertEquals(1, truncated.fired());
        assertOneTask(task);
    }

    private void assertOneTask(KlingTask task) {
        assertEquals(1, sandbox.taskCount());
        assertEquals(TaskStatus.PENDING, client.get(task.endpoint(), task.id()).status());
    }

    private static TextToVideoParams request(String prompt) {
        return TextToVideoParams.builder().model("kling-3.0").prompt(prompt).durationSeconds(5).build();
    }
}
