package io.kling4j.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code callback_url}: the finished task is POSTed once, to loopback receivers only. */
class WebhookDeliveryTest extends SandboxHttpTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void aCompletedTaskIsPostedOnceEvenIfNobodyPollsIt() throws InterruptedException {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String id = http.createdId(http.create("text_to_video", body("a fox", receiver.url())));
            clock.advance(Duration.ofSeconds(3));
            assertNull(receiver.next(Duration.ofMillis(300)), "not finished yet: nothing is sent");

            clock.advance(Duration.ofSeconds(1));
            WebhookReceiver.Received hook = receiver.next(WAIT);

            assertNotNull(hook, "the sweep noticed the finished task");
            assertEquals(http.get("text_to_video", id).body(), hook.body(), "the same JSON as the status GET");
            assertEquals("application/json", hook.headers().get("content-type"));
            assertEquals(id, hook.headers().get("task-id"));
            assertEquals("null", hook.headers().get("authorization"), "no key is sent anywhere");
            http.get("text_to_video", id);
            assertNull(receiver.next(Duration.ofMillis(300)), "delivered once");
            assertEquals(List.of(new WebhookDelivery(id, receiver.url(), WebhookDelivery.Outcome.DELIVERED, 1, 200)),
                    sandbox.webhookDeliveries());
        }
    }

    @Test
    void aFailedTaskIsPostedWithItsError() throws InterruptedException {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String id = http.createdId(http.create("text_to_video", body("[fail] a fox", receiver.url())));
            clock.advance(Duration.ofMinutes(1));
            assertEquals("failed", SandboxHttp.json(http.get("text_to_video", id)).path("status").asText());

            WebhookReceiver.Received hook = receiver.next(WAIT);

            assertNotNull(hook);
            assertEquals(SandboxTask.FAILURE_MESSAGE, Json.MAPPER.readTree(hook.body()).path("error").asText());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aFailingReceiverIsRetriedABoundedNumberOfTimes() throws InterruptedException {
        try (WebhookReceiver flaky = new WebhookReceiver(500);
             WebhookReceiver broken = new WebhookReceiver(500, 500, 500, 500, 500)) {
            String delivered = http.createdId(http.create("text_to_video", body("flaky", flaky.url())));
            String failed = http.createdId(http.create("text_to_video", body("broken", broken.url())));
            clock.advance(Duration.ofMinutes(1));

            assertNotNull(flaky.next(WAIT));
            assertNotNull(flaky.next(WAIT), "retried after a 500");
            for (int i = 0; i < WebhookSender.MAX_ATTEMPTS; i++) {
                assertNotNull(broken.next(WAIT));
            }
            assertNull(broken.next(Duration.ofMillis(1500)), "no more than " + WebhookSender.MAX_ATTEMPTS);
            assertEquals(2, outcome(delivered).attempts());
            assertEquals(WebhookDelivery.Outcome.DELIVERED, outcome(delivered).outcome());
            assertEquals(new WebhookDelivery(failed, broken.url(), WebhookDelivery.Outcome.FAILED, 3, 500),
                    outcome(failed));
        }
    }

    @Test
    void aNonLoopbackUrlIsNeverCalled() {
        String id = http.createdId(http.create("text_to_video", body("outside", "https://example.com/hook")));
        clock.advance(Duration.ofMinutes(1));

        assertEquals(200, http.get("text_to_video", id).statusCode());

        assertEquals(new WebhookDelivery(id, "https://example.com/hook", WebhookDelivery.Outcome.REFUSED, 0, 0),
                outcome(id));
    }

    @Test
    void loopbackIsJudgedWithoutDns() {
        assertTrue(WebhookSender.isLoopback("http://127.0.0.1:8080/x"));
        assertTrue(WebhookSender.isLoopback("http://127.1.2.3/x"));
        assertTrue(WebhookSender.isLoopback("http://localhost/x"));
        assertTrue(WebhookSender.isLoopback("https://[::1]:9/x"));
        assertEquals(false, WebhookSender.isLoopback("http://10.0.0.1/x"));
        assertEquals(false, WebhookSender.isLoopback("http://localhost.example.com/x"));
        assertEquals(false, WebhookSender.isLoopback("ftp://127.0.0.1/x"));
        assertEquals(false, WebhookSender.isLoopback("http://2130706433/x"));
    }

    private WebhookDelivery outcome(String id) {
        return sandbox.webhookDeliveries().stream().filter(d -> d.taskId().equals(id)).findFirst().orElseThrow();
    }

    private static String body(String prompt, String callbackUrl) {
        return "{\"model\":\"kling-3.0\",\"prompt\":\"" + prompt + "\",\"callback_url\":\"" + callbackUrl + "\"}";
    }
}
