package io.kling4j.contracts.stubs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.kling4j.client.KlingClient;
import io.kling4j.client.KlingTask;
import io.kling4j.client.WaitOptions;


import io.kling4j.client.TextToVideoParams;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hand-written facade against the Spring Cloud Contract stubs: {@code submitAndWait} goes through the
 * lifecycle scenario (create → pending → processing → completed) that the contracts pin.
 */
class FacadeLifecycleStubsTest {
    private static final WireMockServer SERVER = KlingStubs.newServer();

    @BeforeAll
    static void start() {
        SERVER.start();
    }

    @AfterAll
    static void stop() {
        SERVER.stop();
    }

    @Test
    void submitAndWaitFollowsTheContractedLifecycle() {
        SERVER.resetScenarios();
        List<String> statuses = new CopyOnWriteArrayList<>();
        try (KlingClient client = KlingClient.builder().apiKey("sk-stub-user").baseUrl(KlingStubs.baseUrl(SERVER))
                .build()) {
            KlingTask task = client.submitAndWait(TextToVideoParams.builder().model("kling-3.0")
                            .prompt("A paper boat drifting down a rainy street").durationSeconds(5)
                            .aspectRatio("16:9").outputResolution("720p").build(),
                    WaitOptions.builder().pollInterval(Duration.ofMillis(20)).timeout(Duration.ofSeconds(30))
                            .listener((t, elapsed) -> statuses.add(t.status().value())).build());
            assertTrue(task.isCompleted());
            assertEquals("t_lifecycle", task.id());
            assertEquals(0.35, task.cost().orElseThrow());
            assertEquals(1, task.videoUrls().size());
            assertEquals(List.of("pending", "processing", "completed"), statuses);
        }
    }
}
