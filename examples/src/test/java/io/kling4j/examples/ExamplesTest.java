package io.kling4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kling4j.client.KlingClient;
import io.kling4j.client.KlingTask;
import io.kling4j.sandbox.KlingSandbox;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs each example's main against a sandbox named in the kling.base-url / kling.api-key system properties. */
class ExamplesTest {
    private static KlingSandbox sandbox;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        sandbox = KlingSandbox.builder().pendingFor(Duration.ofMillis(100)).processingFor(Duration.ofMillis(100))
                .build().start();
        System.setProperty("kling.base-url", sandbox.baseUri().toString());
        System.setProperty("kling.api-key", sandbox.apiKey());
    }

    @AfterAll
    static void stop() {
        System.clearProperty("kling.base-url");
        System.clearProperty("kling.api-key");
        sandbox.close();
    }

    private interface Main {
        void run() throws Exception;
    }

    private static String stdout(Main main) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            main.run();
        } finally {
            System.setOut(original);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isMp4(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        return bytes.length > 8 && "ftyp".equals(new String(bytes, 4, 4, StandardCharsets.US_ASCII));
    }

    @Test
    void submitAndWaitSavesAnMp4() throws Exception {
        Path file = dir.resolve("fox.mp4");
        String out = stdout(() -> SubmitAndWait.main(new String[] {file.toString()}));
        assertTrue(out.contains("Saved " + file), out);
        assertTrue(isMp4(file));
    }

    @Test
    void asyncBatchOfAHundredFinishesEveryTask() throws Exception {
        String out = stdout(() -> AsyncBatch.main(new String[0]));
        assertTrue(out.contains("finished 100/100"), out);
        assertTrue(out.contains("completed 100/100"), out);
    }

    @Test
    void webhookReceiverExampleFinishes() throws Exception {
        String out = stdout(() -> WebhookReceiver.main(new String[0]));
        assertTrue(out.matches("(?s).*Finished \\S+ completed; webhook received: (true|false).*"), out);
    }

    @Test
    void webhookReceiverHandsADeliveryToTheClient() throws Exception {
        try (KlingClient kling = KlingClient.builder().apiKey(sandbox.apiKey()).baseUrl(sandbox.baseUri()).build();
             WebhookReceiver receiver = new WebhookReceiver(0, kling.webhooks())) {
            String body = "{\"id\":\"task_hook_1\",\"status\":\"completed\",\"videos\":[{\"url\":\"https://cdn.example/v.mp4\"}]}";
            HttpResponse<Void> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(receiver.callbackUrl())
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
            assertEquals(204, response.statusCode());
            KlingTask task = receiver.firstDelivery().get(5, TimeUnit.SECONDS);
            assertEquals("task_hook_1", task.id());
            assertTrue(task.isCompleted());
            HttpResponse<Void> bad = HttpClient.newHttpClient().send(HttpRequest.newBuilder(receiver.callbackUrl())
                    .POST(HttpRequest.BodyPublishers.ofString("not json")).build(), HttpResponse.BodyHandlers.discarding());
            assertEquals(400, bad.statusCode());
        }
    }

    @Test
    void aSignedSandboxWebhookEndsAWaitAtOnceAndAnUnsignedOneIsRefused() throws Exception {
        String secret = "whsec_" + java.util.Base64.getEncoder().encodeToString("end-to-end webhook secret".getBytes(
                StandardCharsets.UTF_8));
        try (KlingSandbox signing = KlingSandbox.builder().pendingFor(Duration.ofMillis(100))
                .processingFor(Duration.ofMillis(100)).webhookSecret(secret).build().start();
             KlingClient kling = KlingClient.builder().apiKey(signing.apiKey()).baseUrl(signing.baseUri())
                     .webhookSecret(secret).build();
             WebhookReceiver receiver = new WebhookReceiver(0, kling.webhooks())) {
            KlingTask submitted = kling.textToVideo().create(io.kling4j.client.TextToVideoParams.builder().model("kling-3.0")
                    .prompt("A lighthouse at night").durationSeconds(5).callbackUrl(receiver.callbackUrl().toString()).build());
            // polls every 10 minutes: only the verified webhook can end this wait within the test
            KlingTask done = kling.waitForAsync(io.kling4j.client.Endpoint.of("text_to_video"), submitted.id(),
                    io.kling4j.client.WaitOptions.builder().timeout(Duration.ofHours(1))
                            .pollInterval(Duration.ofMinutes(10)).build()).get(30, TimeUnit.SECONDS);
            assertTrue(done.isCompleted());
            assertEquals(submitted.id(), receiver.firstDelivery().get(5, TimeUnit.SECONDS).id());

            String forged = "{\"id\":\"" + submitted.id() + "\",\"status\":\"completed\"}";
            HttpResponse<Void> unsigned = HttpClient.newHttpClient().send(HttpRequest.newBuilder(receiver.callbackUrl())
                    .POST(HttpRequest.BodyPublishers.ofString(forged)).build(), HttpResponse.BodyHandlers.discarding());
            assertEquals(401, unsigned.statusCode());
        }
    }

    @Test
    void storyExampleJoinsTwoShots() throws Exception {
        Path file = dir.resolve("story.mp4");
        String out = stdout(() -> StoryExample.main(new String[] {file.toString()}));
        assertTrue(out.contains("shot 2 done"), out);
        assertTrue(isMp4(file));
    }
}
