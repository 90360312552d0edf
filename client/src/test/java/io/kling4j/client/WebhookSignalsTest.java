package io.kling4j.client;

import static io.kling4j.client.ScriptedServer.Reply.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kling4j.client.errors.TaskFailedException;
import io.kling4j.client.webhooks.WebhookVerificationException;
import io.kling4j.client.webhooks.WebhookVerifier;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Issue 12 item 8: an unverified webhook only triggers a poll; a verified one completes the wait at once. */
class WebhookSignalsTest {
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String FORGED = "{\"id\":\"t1\",\"status\":\"completed\",\"videos\":[{\"url\":\"http://evil/x.mp4\"}]}";
    private static final String REAL = "{\"id\":\"t1\",\"status\":\"completed\",\"videos\":[{\"url\":\"http://cdn/t1.mp4\"}],"
            + "\"usage\":{\"cost\":0.35}}";
    private final ScriptedServer server = new ScriptedServer();
    private final ManualScheduler scheduler = new ManualScheduler();
    private final KlingClient client = KlingClient.builder().apiKey("sk-hook").baseUrl(server.baseUrl()).maxRetries(0)
            .scheduler(scheduler).clock(scheduler.clock).build();
    private final KlingClient signedClient = KlingClient.builder().apiKey("sk-hook").baseUrl(server.baseUrl())
            .maxRetries(0).scheduler(scheduler).clock(scheduler.clock).webhookSecret(SECRET).build();
    private final WaitOptions tenMinutePolls = WaitOptions.builder().timeout(Duration.ofHours(1))
            .pollInterval(Duration.ofMinutes(10)).build();

    WebhookSignalsTest() throws Exception {
    }

    @AfterEach
    void close() {
        client.close();
        signedClient.close();
        server.close();
    }

    private static String task(String status) {
        return "{\"id\":\"t1\",\"status\":\"" + status + "\"}";
    }

    private Map<String, List<String>> signed(String id, Instant at, String body) {
        String signature = new WebhookVerifier(SECRET).sign(id, at, body);
        return Map.of("Webhook-Id", List.of(id), "webhook-timestamp", List.of(Long.toString(at.getEpochSecond())),
                "webhook-signature", List.of(signature));
    }

    @Test
    void anUnverifiedWebhookPollsAtOnceAndThePollsAnswerCompletesTheWait() throws Exception {
        server.then(json(200, task("processing"))).then(json(200, REAL));
        CompletableFuture<KlingTask> f = client.waitForAsync(Endpoint.of("text_to_video"), "t1", tenMinutePolls);
        ManualScheduler.Scheduled tenMinutes = scheduler.next();
        assertEquals(Duration.ofMinutes(10), tenMinutes.delay());

        assertEquals(1, client.webhooks().deliver(FORGED));

        KlingTask done = f.get(10, TimeUnit.SECONDS);
        assertEquals(List.of("http://cdn/t1.mp4"), done.videoUrls(), "RunAPI's answer, not the body, ends the wait");
        assertEquals(2, server.requests.size());
        assertTrue(tenMinutes.handle().isCancelled());
        assertEquals(0, client.webhooks().deliver(FORGED)); // the wait is gone from the registry
    }

    @Test
    void anUnverifiedWebhookCannotEndAWaitWhileRunApiSaysRunning() throws Exception {
        server.then(json(200, task("processing"))).then(json(200, task("processing")));
        List<String> seen = new CopyOnWriteArrayList<>();
        CompletableFuture<KlingTask> f = client.waitForAsync(Endpoint.of("text_to_video"), "t1", WaitOptions.builder()
                .listener((t, elapsed) -> seen.add(t.status().value())).build());
        scheduler.next();
        assertEquals(1, client.webhooks().deliver("{\"id\":\"t1\",\"status\":\"failed\",\"error\":\"forged\"}"));
        scheduler.next(); // the immediate poll answered and the next one is scheduled
        assertFalse(f.isDone());
        assertEquals(List.of("processing"), seen);
        f.cancel(true);
    }

    @Test
    void aVerifiedWebhookCompletesTheWaitAtOnceWithoutAPoll() throws Exception {
        server.then(json(200, task("processing")));
        CompletableFuture<KlingTask> f = signedClient.waitForAsync(Endpoint.of("text_to_video"), "t1", tenMinutePolls);
        ManualScheduler.Scheduled next = scheduler.next();
        Instant now = scheduler.clock.instant();
        assertTrue(signedClient.webhooks().verifiesSignatures());
        assertEquals(1, signedClient.webhooks().deliver(REAL, signed("msg_1", now, REAL)));
        KlingTask done = f.get(10, TimeUnit.SECONDS);
        assertEquals(0.35, done.cost().orElseThrow());
        assertEquals(1, server.requests.size());
        assertThrows(CancellationException.class, () -> next.handle().get(10, TimeUnit.SECONDS));
    }

    @Test
    void aVerifiedFailedTaskFailsTheWait() throws Exception {
        server.then(json(200, task("pending")));
        CompletableFuture<KlingTask> f = signedClient.waitForAsync(Endpoint.of("image_to_video"), "t1", tenMinutePolls);
        scheduler.next();
        String body = "{\"data\":{\"id\":\"t1\",\"status\":\"failed\",\"error\":\"policy\"}}";
        signedClient.webhooks().deliver(body, signed("msg_2", scheduler.clock.instant(), body));
        Throwable failure = assertThrows(Exception.class, () -> f.get(10, TimeUnit.SECONDS)).getCause();
        assertInstanceOf(TaskFailedException.class, failure);
    }

    @Test
    void badSignaturesAreRefusedAndDeliverNothing() throws Exception {
        server.then(json(200, task("processing")));
        CompletableFuture<KlingTask> f = signedClient.waitForAsync(Endpoint.of("text_to_video"), "t1", tenMinutePolls);
        scheduler.next();
        Instant now = scheduler.clock.instant();
        Map<String, List<String>> forBodyReal = signed("msg_3", now, REAL);
        assertThrows(WebhookVerificationException.class, () -> signedClient.webhooks().deliver(FORGED, forBodyReal));
        assertThrows(WebhookVerificationException.class, () -> signedClient.webhooks().deliver(REAL, Map.of()));
        Map<String, List<String>> otherSecret = Map.of("webhook-id", List.of("msg_3"), "webhook-timestamp",
                List.of(Long.toString(now.getEpochSecond())), "webhook-signature", List.of(
                        new WebhookVerifier("whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32]))
                                .sign("msg_3", now, REAL)));
        assertThrows(WebhookVerificationException.class, () -> signedClient.webhooks().deliver(REAL, otherSecret));
        Map<String, List<String>> stale = signed("msg_3", now.minus(Duration.ofMinutes(6)), REAL);
        WebhookVerificationException old = assertThrows(WebhookVerificationException.class,
                () -> signedClient.webhooks().deliver(REAL, stale));
        assertTrue(old.getMessage().contains("tolerance"), old.getMessage());
        assertFalse(f.isDone());
        assertEquals(1, server.requests.size());
        f.cancel(true);
    }

    @Test
    void theVerifierFollowsTheStandardWebhooksScheme() {
        // the example of the Standard Webhooks specification (github.com/standard-webhooks/standard-webhooks)
        String body = "{\"test\": 2432232314}";
        Instant at = Instant.ofEpochSecond(1614265330);
        WebhookVerifier verifier = new WebhookVerifier(SECRET, java.time.Clock.fixed(at.plusSeconds(299),
                java.time.ZoneOffset.UTC));
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", verifier.sign("msg_p5jXN8AQM9LWM0D4loKWxJek", at, body));
        // rotation: several space-separated signatures, any one matching is enough; unknown versions are skipped
        verifier.verify("msg_p5jXN8AQM9LWM0D4loKWxJek", "1614265330",
                "v1,bm90LWl0 v2,whatever v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", body);
        assertThrows(WebhookVerificationException.class, () -> verifier.verify("msg_p5jXN8AQM9LWM0D4loKWxJek",
                "1614265330", "v1,bm90LWl0", body));
        assertThrows(IllegalArgumentException.class, () -> new WebhookVerifier("whsec_not base64!"));
        assertFalse(verifier.toString().contains("MfKQ"));
    }
}
