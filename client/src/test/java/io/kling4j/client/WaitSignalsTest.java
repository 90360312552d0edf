package io.kling4j.client;

import static io.kling4j.client.ScriptedServer.Reply.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kling4j.client.errors.NetworkException;
import io.kling4j.client.errors.UnexpectedResponseException;
import io.kling4j.client.webhooks.Webhooks;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What ends or paces a wait besides its own polls: Retry-After on a poll, an interrupt (webhooks: WebhookSignalsTest). */
class WaitSignalsTest {
    private static final String DONE = "{\"id\":\"t1\",\"status\":\"completed\",\"videos\":[{\"url\":\"http://cdn/t1.mp4\"}],"
            + "\"usage\":{\"cost\":0.35}}";
    private final ScriptedServer server = new ScriptedServer();
    private final ManualScheduler scheduler = new ManualScheduler();
    private final KlingClient client = KlingClient.builder().apiKey("sk-wait").baseUrl(server.baseUrl()).maxRetries(0)
            .scheduler(scheduler).clock(scheduler.clock).build();

    WaitSignalsTest() throws Exception {
    }

    @AfterEach
    void close() {
        client.close();
        server.close();
    }

    private static String task(String status) {
        return "{\"id\":\"t1\",\"status\":\"" + status + "\"}";
    }

    @Test
    void aRateLimitedPollWaitsForRetryAfterInsteadOfTheBackoff() throws Exception {
        server.then(json(429, "{\"error\":\"slow down\"}").with("Retry-After", "30"))
                .then(json(503, "{\"error\":\"busy\"}").with("Retry-After-Ms", "2500"))
                .then(json(200, task("processing")))
                .then(json(200, DONE));
        CompletableFuture<KlingTask> f = client.waitForAsync(Endpoint.of("text_to_video"), "t1", WaitOptions.defaults());
        assertEquals(Duration.ofSeconds(30), scheduler.runNext());
        assertEquals(Duration.ofMillis(2500), scheduler.runNext());
        assertEquals(Duration.ofSeconds(2), scheduler.runNext()); // back to the schedule: 2 s at 32.5 s elapsed
        assertTrue(f.get(10, TimeUnit.SECONDS).isCompleted());
    }

    @Test
    void interruptingABlockedWaitForCancelsTheWait() throws Exception {
        server.then(json(200, task("processing")));
        CompletableFuture<Throwable> outcome = new CompletableFuture<>();
        CompletableFuture<Boolean> stillInterrupted = new CompletableFuture<>();
        Thread waiter = new Thread(() -> {
            try {
                client.waitFor(Endpoint.of("text_to_video"), "t1", WaitOptions.defaults());
                outcome.complete(null);
            } catch (RuntimeException e) {
                stillInterrupted.complete(Thread.currentThread().isInterrupted());
                outcome.complete(e);
            }
        }, "blocked-waiter");
        waiter.start();
        ManualScheduler.Scheduled nextPoll = scheduler.next(); // the first poll answered; the second is scheduled
        waiter.interrupt();
        assertInstanceOf(NetworkException.class, outcome.get(10, TimeUnit.SECONDS));
        assertTrue(stillInterrupted.get(10, TimeUnit.SECONDS));
        assertThrows(CancellationException.class, () -> nextPoll.handle().get(10, TimeUnit.SECONDS));
        assertEquals(0, client.webhooks().complete(Webhooks.parse(Endpoint.of("text_to_video"), DONE))); // deregistered
        assertEquals(1, server.requests.size());
    }

    @Test
    void malformedWebhookBodiesAreUnexpectedResponses() {
        for (String body : new String[] {"", "not json", "[1,2]", "{\"status\":\"completed\"}", "{\"id\":\"t1\"}",
                "{\"id\":\"t1\",\"status\":\"completed\""}) {
            assertThrows(UnexpectedResponseException.class, () -> Webhooks.parse(Endpoint.of("text_to_video"), body), body);
            assertThrows(UnexpectedResponseException.class, () -> client.webhooks().deliver(body), body);
        }
        KlingTask parsed = Webhooks.parse(Endpoint.of("ai_avatar"), DONE);
        assertEquals(Endpoint.of("ai_avatar"), parsed.endpoint());
        assertEquals(0, client.webhooks().complete(parsed)); // nobody waits for it
    }
}
