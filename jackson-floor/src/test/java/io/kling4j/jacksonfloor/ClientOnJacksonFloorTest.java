package io.kling4j.jacksonfloor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.cfg.PackageVersion;
import io.kling4j.client.Endpoint;
import io.kling4j.client.KlingClient;
import io.kling4j.client.KlingTask;
import io.kling4j.client.WaitOptions;
import io.kling4j.client.errors.AuthenticationException;
import io.kling4j.client.errors.TaskFailedException;
import io.kling4j.client.errors.ValidationException;
import io.kling4j.client.ImageToVideoParams;
import io.kling4j.client.model.MultiPromptItem;
import io.kling4j.client.TextToVideoParams;
import io.kling4j.client.webhooks.Webhooks;
import io.kling4j.generated.model.FileSource;
import io.kling4j.generated.model.FileSourceType;
import io.kling4j.generated.model.FileUploadRequest;
import io.kling4j.generated.model.FileUploadResponse;
import io.kling4j.sandbox.KlingSandbox;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client's main paths with the oldest supported Jackson on the classpath (this module forces the jackson-bom of
 * the pom's jackson-floor.version): serialising every kind of request, reading tasks, errors, balance, uploads, webhooks.
 */
class ClientOnJacksonFloorTest {
    private static KlingSandbox sandbox;
    private static KlingClient client;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        sandbox = KlingSandbox.builder().pendingFor(Duration.ofMillis(50)).processingFor(Duration.ofMillis(50))
                .build().start();
        client = KlingClient.builder().apiKey(sandbox.apiKey()).baseUrl(sandbox.baseUri()).build();
    }

    @AfterAll
    static void stop() {
        client.close();
        sandbox.close();
    }

    private static WaitOptions fast() {
        return WaitOptions.builder().pollInterval(Duration.ofMillis(50)).timeout(Duration.ofSeconds(60)).build();
    }

    @Test
    void theClasspathReallyHasTheFloorVersion() {
        assertEquals(System.getProperty("jackson.floor"), PackageVersion.VERSION.toString());
    }

    @Test
    void textToVideoSubmitWaitDownload() throws Exception {
        KlingTask task = client.submitAndWait(TextToVideoParams.builder().model("kling-3.0").prompt("A fox").durationSeconds(3)
                .aspectRatio("16:9").build(), fast());
        assertTrue(task.isCompleted());
        Path file = client.download(task, dir.resolve("fox.mp4"));
        byte[] head = Files.readAllBytes(file);
        assertEquals("ftyp", new String(head, 4, 4, StandardCharsets.US_ASCII));
        assertTrue(client.get(Endpoint.of("text_to_video"), task.id()).cost().isPresent());
    }

    @Test
    void multiShotAndImageToVideoSerialise() {
        KlingTask multi = client.submitAndWait(TextToVideoParams.builder().model("kling-3.0").multiShots(true)
                .multiPrompt(List.of(MultiPromptItem.builder().prompt("One").durationSeconds(3).build(),
                        MultiPromptItem.builder().prompt("Two").durationSeconds(3).build()))
                .durationSeconds(6).build(), fast());
        assertTrue(multi.isCompleted());
        KlingTask image = client.submitAndWait(ImageToVideoParams.builder().model("kling-v2.6").prompt("Blink")
                .firstFrameImageUrl("https://example.com/cat.png").durationSeconds(5).build(), fast());
        assertTrue(image.isCompleted());
    }

    @Test
    void errorsAreTypedAndFailuresReported() {
        try (KlingClient wrong = KlingClient.builder().apiKey("sk-wrong").baseUrl(sandbox.baseUri()).build()) {
            AuthenticationException e = assertThrows(AuthenticationException.class, wrong::balance);
            assertEquals(401, e.status());
        }
        assertThrows(ValidationException.class, () -> client.submit(TextToVideoParams.builder().model("kling-v2.6")
                .prompt("x").durationSeconds(7).build()));
        assertThrows(TaskFailedException.class, () -> client.submitAndWait(TextToVideoParams.builder().model("kling-3.0")
                .prompt("[fail] this").durationSeconds(3).build(), fast()));
    }

    @Test
    void balanceUploadAndWebhookParsing() {
        assertTrue(client.balance().balanceCents() >= 0);
        io.kling4j.client.UploadedFile upload = client.uploadFile("hi".getBytes(StandardCharsets.UTF_8), "a.txt");
        assertTrue(upload.url().startsWith("http://127.0.0.1:"));
        assertNotNull(upload.expiresAt());
        KlingTask hooked = Webhooks.parse(Endpoint.of("text_to_video"),
                "{\"data\":{\"id\":\"t1\",\"status\":\"completed\",\"videos\":[{\"url\":\"https://x/v.mp4\"}],\"usage\":{\"cost\":0.5}}}");
        assertEquals("t1", hooked.id());
        assertFalse(hooked.videoUrls().isEmpty());
    }
}
