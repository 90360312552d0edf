package io.kling4j.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kling4j.client.Endpoint;
import io.kling4j.client.KlingClient;
import io.kling4j.client.KlingTask;
import io.kling4j.client.RequestOptions;
import io.kling4j.client.Scheduler;
import io.kling4j.client.errors.UnexpectedResponseException;
import io.kling4j.client.TextToVideoParams;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The facade follows a create answered {@code 202 Accepted} to its end: it polls the {@code Location}, waiting
 * what {@code Retry-After} says (recorded by an injected scheduler that runs at once), and the submit completes
 * with the Kling task once the Location returns the create's answer. Idempotency keys keep reaching one task; a
 * Location on another origin is refused without sending the key there.
 */
class FacadeFollowsAcceptedCreatesTest {
    private static final String KEY = "sk-accepted";
    private final List<Duration> delays = new CopyOnWriteArrayList<>();
    private final ExecutorService runner = Executors.newSingleThreadExecutor();
    private KlingSandbox sandbox;
    private KlingClient client;

    @BeforeEach
    void start() {
        sandbox = KlingSandbox.builder().apiKey(KEY).clock(new MutableClock()).build().start();
        Scheduler immediate = (task, delay) -> {
            delays.add(delay);
            return CompletableFuture.runAsync(task, runner);
        };
        client = KlingClient.builder().apiKey(KEY).baseUrl(sandbox.baseUri()).scheduler(immediate).maxRetries(0)
                .build();
    }

    @AfterEach
    void stop() {
        client.close();
        sandbox.close();
        runner.shutdownNow();
    }

    private static TextToVideoParams request() {
        return TextToVideoParams.builder().model("kling-3.0").prompt("A red fox").build();
    }

    @Test
    void submitCompletesWithTheTaskOnceTheLocationAnswers() {
        sandbox.faults().acceptCreates(2);
        KlingTask task = client.submitAsync(request(), RequestOptions.none()).join();
        assertTrue(task.id().startsWith("task_"), "the Kling task, not the acceptance: " + task.id());
        assertEquals(200, new SandboxHttp(sandbox).get("text_to_video", task.id()).statusCode());
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1)), delays,
                "Retry-After of the 202 and of each processing poll");
        assertEquals(1, sandbox.taskCount());
    }

    @Test
    void theSameIdempotencyKeyReachesTheSameTask() {
        sandbox.faults().acceptCreates(0);
        RequestOptions options = RequestOptions.none().idempotencyKey("order-42");
        String first = client.submitAsync(request(), options).join().id();
        String second = client.submitAsync(request(), options).join().id();
        assertEquals(first, second);
        assertEquals(1, sandbox.taskCount());
    }

    @Test
    void aLocationOnAnotherOriginIsRefusedNamingTheKeyToSubmitAgain() {
        sandbox.faults().on("POST", "text_to_video").attempt(1).respond(202, "{\"id\":\"tr_1\"}",
                Map.of("Location", "https://elsewhere.example/api/v1/task_results/tr_1"));
        CompletionException failed = assertThrows(CompletionException.class, () -> client.submitAsync(
                request(), RequestOptions.none().idempotencyKey("k-9")).join());
        UnexpectedResponseException e = assertInstanceOf(UnexpectedResponseException.class, failed.getCause());
        assertTrue(e.getMessage().contains("elsewhere.example") && e.getMessage().contains("Idempotency-Key k-9"),
                e.getMessage());
        assertEquals(List.of(), delays, "nothing polled");
    }
}
