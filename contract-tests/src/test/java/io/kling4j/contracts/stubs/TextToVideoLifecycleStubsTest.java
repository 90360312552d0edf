package io.kling4j.contracts.stubs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.kling4j.contracts.Await;
import io.kling4j.contracts.GeneratedClients;
import io.kling4j.generated.api.TextToVideoApi;
import io.kling4j.generated.model.AspectRatio;
import io.kling4j.generated.model.OutputResolution;
import io.kling4j.generated.model.TaskCreateResponse;
import io.kling4j.generated.model.TaskResponse;
import io.kling4j.generated.model.TaskStatus;
import io.kling4j.generated.model.TextToVideoRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The WireMock scenario SCC builds from {@code contracts/kling/text_to_video_lifecycle/1..4}: a create, then
 * GETs of the same task answering pending, processing and completed, driven by the generated client.
 */
class TextToVideoLifecycleStubsTest {
    private static final WireMockServer SERVER = KlingStubs.newServer();
    private static final String TASK_ID = "t_lifecycle";

    @BeforeAll
    static void start() {
        SERVER.start();
    }

    @AfterAll
    static void stop() {
        SERVER.stop();
    }

    @BeforeEach
    void rewindScenario() {
        SERVER.resetScenarios();
    }

    @Test
    void createThenPendingProcessingCompleted() throws Exception {
        TextToVideoApi api = new TextToVideoApi(GeneratedClients.withKey(KlingStubs.baseUrl(SERVER), "sk-stub-user"));

        TaskCreateResponse created = Await.value(api.createTextToVideo(lifecycleRequest(), "lifecycle-1", null));
        assertEquals(TASK_ID, created.getId());
        assertEquals(TaskStatus.PENDING, created.getStatus());

        assertEquals(TaskStatus.PENDING, Await.value(api.getTextToVideo(TASK_ID)).getStatus());
        TaskResponse processing = Await.value(api.getTextToVideo(TASK_ID));
        assertEquals(TaskStatus.PROCESSING, processing.getStatus());
        assertNull(processing.getVideos());

        TaskResponse completed = Await.value(api.getTextToVideo(TASK_ID));
        assertEquals(TaskStatus.COMPLETED, completed.getStatus());
        assertFalse(completed.getVideos().get(0).getUrl().isBlank());
        assertEquals(0.35, completed.getUsage().getCost());
        assertEquals(TaskStatus.COMPLETED, Await.value(api.getTextToVideo(TASK_ID)).getStatus(), "stays completed");
    }

    @Test
    void theTaskIsUnknownBeforeTheCreate() throws Exception {
        TextToVideoApi api = new TextToVideoApi(GeneratedClients.withKey(KlingStubs.baseUrl(SERVER), "sk-stub-user"));
        assertEquals(404, Await.apiFailure(api.getTextToVideo(TASK_ID)).getCode(), "WireMock: no stub matches");
    }

    private static TextToVideoRequest lifecycleRequest() {
        return new TextToVideoRequest()
                .model("kling-3.0")
                .prompt("A paper boat drifting down a rainy street")
                .durationSeconds(5)
                .aspectRatio(AspectRatio._16_9)
                .outputResolution(OutputResolution._720P);
    }
}
