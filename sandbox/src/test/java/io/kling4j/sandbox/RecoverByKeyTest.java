package io.kling4j.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kling4j.client.KlingClient;
import io.kling4j.client.KlingTask;
import io.kling4j.client.RetryPolicy;
import io.kling4j.client.errors.KlingException;
import io.kling4j.client.TextToVideoParams;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * End to end against the sandbox: a create whose every attempt was taken by the server but never answered fails
 * with the key it sent, and {@link KlingClient#recover} returns the task the first attempt made: one task, paid once.
 */
class RecoverByKeyTest {
    private KlingSandbox sandbox;
    private KlingClient client;

    @BeforeEach
    void start() {
        sandbox = KlingSandbox.builder().clock(new MutableClock()).build().start();
        client = KlingClient.builder().apiKey(sandbox.apiKey()).baseUrl(sandbox.baseUri())
                .retryPolicy(new RetryPolicy(2, Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofSeconds(2)))
                .build();
    }

    @AfterEach
    void stop() {
        client.close();
        sandbox.close();
    }

    @Test
    void aCreateTakenButNeverAnsweredIsRecoveredByItsKeyWithoutASecondTask() {
        FaultHandle reset = sandbox.faults().on("POST", "text_to_video").attempts(1, 3).resetAfterBody();
        TextToVideoParams request = TextToVideoParams.builder().model("kling-3.0").prompt("recover me").durationSeconds(5).build();

        KlingException failure = assertThrows(KlingException.class, () -> client.submit(request));

        assertEquals(3, reset.fired());
        assertTrue(failure.taskMayExist(), failure.getMessage());
        assertEquals(1, sandbox.taskCount(), "the first attempt made the task; the retries replayed it");

        KlingTask recovered = client.recover(failure);

        assertEquals(1, sandbox.taskCount(), "recovering paid nothing more");
        assertEquals(recovered.id(), client.get(recovered.endpoint(), recovered.id()).id());
    }

    @Test
    void aCreateThatNeverReachedTheServerIsMadeOnceByRecover() {
        sandbox.faults().on("POST", "text_to_video").attempts(1, 3).respond(429, "{\"error\":{\"message\":\"slow\"}}");
        TextToVideoParams request = TextToVideoParams.builder().model("kling-3.0").prompt("rate limited").durationSeconds(5).build();

        KlingException failure = assertThrows(KlingException.class, () -> client.submit(request));
        assertEquals(0, sandbox.taskCount());

        client.recover(failure);
        client.recover(failure);

        assertEquals(1, sandbox.taskCount(), "two recoveries with the same key make one task");
    }
}
