package io.kling4j.contracts.stubs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.kling4j.client.Endpoint;
import io.kling4j.client.KlingClient;
import io.kling4j.client.KlingTask;
import io.kling4j.client.Scheduler;
import io.kling4j.client.WaitOptions;
import io.kling4j.client.errors.TaskFailedException;


import io.kling4j.client.TextToVideoParams;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The facade over the multi-step SCC scenarios: a 429 with {@code Retry-After} then success
 * ({@code text_to_video_rate_limited/}), and a task that fails ({@code text_to_video_failure/}). The scheduler
 * runs every delay at once and records it, so the Retry-After is checked without waiting for it.
 */
class FacadeRetryAndFailureStubsTest {
    private static final WireMockServer SERVER = KlingStubs.newServer();
    private final List<Duration> delays = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() {
        SERVER.start();
    }

    @AfterAll
    static void stop() {
        SERVER.stop();
    }

    @BeforeEach
    void resetScenarios() {
        SERVER.resetScenarios();
        delays.clear();
    }

    @Test
    void rateLimitedGetIsRetriedAfterRetryAfter() {
        try (KlingClient client = client()) {
            KlingTask task = client.get(Endpoint.of("text_to_video"), "t_busy");
            assertTrue(task.isCompleted());
            assertEquals(1, delays.size(), "one retry: " + delays);
            assertTrue(delays.get(0).compareTo(Duration.ofSeconds(1)) >= 0, "waits the server's Retry-After: " + delays);
        }
    }

    @Test
    void failedTaskEndsTheWaitWithTaskFailedException() {
        List<String> statuses = new CopyOnWriteArrayList<>();
        try (KlingClient client = client()) {
            TaskFailedException failed = assertThrows(TaskFailedException.class, () -> client.submitAndWait(
                    TextToVideoParams.builder().model("kling-3.0").prompt("A glass sculpture shattering in reverse")
                            .durationSeconds(5).aspectRatio("16:9").outputResolution("720p").build(),
                    WaitOptions.builder().pollInterval(Duration.ofMillis(20)).timeout(Duration.ofSeconds(30))
                            .listener((t, elapsed) -> statuses.add(t.status().value())).build()));
            assertEquals("t_doomed", failed.taskId());
            assertEquals(List.of("processing", "failed"), statuses, "changes seen by the polls after the create");
        }
    }

    private KlingClient client() {
        Scheduler immediate = (task, delay) -> {
            delays.add(delay);
            return CompletableFuture.runAsync(task);
        };
        return KlingClient.builder().apiKey("sk-stub-user").baseUrl(KlingStubs.baseUrl(SERVER))
                .scheduler(immediate).build();
    }
}
