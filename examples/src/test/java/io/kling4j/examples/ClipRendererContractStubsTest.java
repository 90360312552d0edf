package io.kling4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kling4j.client.KlingClient;
import io.kling4j.client.WaitOptions;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.cloud.contract.stubrunner.junit.StubRunnerExtension;
import org.springframework.cloud.contract.stubrunner.spring.StubRunnerProperties;

/**
 * A user's test of their own application ({@link ClipRenderer}) against kling4j's published contract stubs:
 * Spring Cloud Contract's Stub Runner serves the WireMock mappings of the {@code kling4j-contract-tests} stubs
 * jar (test dependency, classifier {@code stubs}) from the classpath on a random local port. No RunAPI, no
 * sandbox, no server of ours, no network: exactly what README "Test your application against kling4j's contract
 * stubs" tells users to do in their build. The stubs answer what the contracts pin (e.g. the lifecycle of task
 * {@code t_lifecycle}), and the same contracts are verified against the sandbox by kling4j's own build.
 */
class ClipRendererContractStubsTest {
    @RegisterExtension
    static final StubRunnerExtension RUNAPI_STUBS = new StubRunnerExtension()
            .downloadStub("io.kling4j", "kling4j-contract-tests", "+", "stubs")
            .stubsMode(StubRunnerProperties.StubsMode.CLASSPATH);

    private KlingClient kling;
    private ClipRenderer renderer;

    @BeforeEach
    void clientOnTheStubs() {
        URI stubs = URI.create(RUNAPI_STUBS.findStubUrl("io.kling4j", "kling4j-contract-tests").toString());
        kling = KlingClient.builder().apiKey("sk-test").baseUrl(stubs).build();
        renderer = new ClipRenderer(kling, WaitOptions.builder().pollInterval(Duration.ofMillis(20))
                .timeout(Duration.ofSeconds(30)).build());
    }

    @AfterEach
    void close() {
        kling.close();
    }

    @Test
    void checksTheBalanceBeforeRendering() {
        assertTrue(renderer.canAfford(35), "the contracted balance is 9965 cents");
        assertFalse(renderer.canAfford(10_000));
    }

    @Test
    void rendersAClipThroughTheContractedLifecycle() {
        assertEquals(URI.create("https://cdn.runapi.ai/videos/t_lifecycle.mp4"),
                renderer.render("A paper boat drifting down a rainy street"));
    }

    @Test
    void anUnknownTaskIsEmptyAndAKnownOneIsFound() {
        assertTrue(renderer.find("text_to_video_missing").isEmpty());
        assertTrue(renderer.find("text_to_video_completed").orElseThrow().isCompleted());
    }
}
