package io.kling4j.client;

import static io.kling4j.client.ScriptedServer.Reply.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kling4j.client.errors.TaskCancelledException;
import io.kling4j.client.errors.TaskFailedException;
import io.kling4j.client.errors.UnexpectedResponseException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 12 item 4: statuses are matched case-insensitively, aliases end waits, a completed task needs a video. */
class StatusAliasesTest {
    private final ScriptedServer server = new ScriptedServer();
    private final ManualScheduler scheduler = new ManualScheduler();
    private final KlingClient client = KlingClient.builder().apiKey("sk-test").baseUrl(server.baseUrl())
            .scheduler(scheduler).clock(scheduler.clock).build();

    StatusAliasesTest() throws Exception {
    }

    @AfterEach
    void close() {
        client.close();
        server.close();
    }

    private CompletableFuture<KlingTask> waitFor() {
        return client.waitForAsync(Endpoint.of("text_to_video"), "t1", WaitOptions.defaults());
    }

    @ParameterizedTest
    @ValueSource(strings = {"COMPLETED", "Completed", "success", "SUCCEEDED", "succeed", " completed "})
    void completedAliasesEndTheWaitAtTheFirstPoll(String status) throws Exception {
        server.then(json(200, "{\"id\":\"t1\",\"status\":\"" + status + "\",\"videos\":[{\"url\":\"http://cdn/v.mp4\"}]}"));
        KlingTask task = waitFor().get();
        assertTrue(task.isCompleted());
        assertEquals(TaskStatus.COMPLETED, task.status());
        assertEquals(status, task.rawStatus().value());
        assertEquals(1, server.requests.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"FAILED", "error", "generate_failed", "CREATE_TASK_FAILED"})
    void failedAliasesFailTheWait(String status) {
        server.then(json(200, "{\"id\":\"t1\",\"status\":\"" + status + "\",\"error\":\"policy\"}"));
        ExecutionException e = assertThrows(ExecutionException.class, () -> waitFor().get());
        TaskFailedException failed = assertInstanceOf(TaskFailedException.class, e.getCause());
        assertFalse(failed instanceof TaskCancelledException);
        assertEquals(TaskStatus.FAILED, failed.task().status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"cancelled", "canceled", "CANCELLED"})
    void cancelledIsTerminal(String status) {
        server.then(json(200, "{\"id\":\"t1\",\"status\":\"" + status + "\"}"));
        ExecutionException e = assertThrows(ExecutionException.class, () -> waitFor().get());
        TaskCancelledException cancelled = assertInstanceOf(TaskCancelledException.class, e.getCause());
        assertTrue(cancelled.task().isCancelled());
        assertTrue(cancelled.task().isFinished());
        assertEquals(KlingTask.CANCELLED, cancelled.task().status());
    }

    @Test
    void anUnknownStatusKeepsWaiting() throws Exception {
        server.then(json(200, "{\"id\":\"t1\",\"status\":\"queued_for_render\"}"))
                .then(json(200, "{\"id\":\"t1\",\"status\":\"completed\",\"videos\":[{\"url\":\"http://cdn/v.mp4\"}]}"));
        CompletableFuture<KlingTask> f = waitFor();
        assertFalse(f.isDone());
        scheduler.runNext();
        assertTrue(f.get().isCompleted());
        assertEquals(2, server.requests.size());
    }

    @Test
    void completedWithoutAnyVideoIsAnUnexpectedResponse() {
        server.then(json(200, "{\"id\":\"t1\",\"status\":\"completed\",\"videos\":[]}"));
        ExecutionException e = assertThrows(ExecutionException.class, () -> waitFor().get());
        UnexpectedResponseException u = assertInstanceOf(UnexpectedResponseException.class, e.getCause());
        assertTrue(u.getMessage().contains("without any video"), u.getMessage());
    }
}
