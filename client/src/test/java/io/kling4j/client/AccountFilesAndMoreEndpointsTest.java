package io.kling4j.client;

import static io.kling4j.client.ScriptedServer.Reply.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kling4j.client.errors.AuthenticationException;
import io.kling4j.client.errors.ConflictException;
import io.kling4j.client.errors.UnexpectedResponseException;
import io.kling4j.client.errors.ValidationException;
import io.kling4j.generated.model.AccountBalance;
import io.kling4j.generated.model.AccountInfo;
import io.kling4j.client.AiAvatarParams;


import io.kling4j.client.EditVideoParams;
import io.kling4j.client.ExtendVideoParams;
import io.kling4j.generated.model.FileSource;
import io.kling4j.generated.model.FileSourceType;
import io.kling4j.generated.model.FileUploadRequest;
import io.kling4j.generated.model.FileUploadResponse;

import io.kling4j.client.MotionControlParams;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The task endpoints added after text/image-to-video, the account and the file upload, through the facade. */
class AccountFilesAndMoreEndpointsTest {
    private static final String KEY = "sk-test-more-endpoints";
    private static final String CREATED = "{\"id\":\"task_9\",\"status\":\"pending\"}";
    private final ScriptedServer server = new ScriptedServer();
    private final ManualScheduler scheduler = new ManualScheduler();
    private final KlingClient client = KlingClient.builder().apiKey(KEY).baseUrl(server.baseUrl())
            .scheduler(scheduler).clock(scheduler.clock).build();

    AccountFilesAndMoreEndpointsTest() throws Exception {
    }

    @AfterEach
    void close() {
        client.close();
        server.close();
    }

    @Test
    void editVideoIsSubmittedToItsPath() {
        KlingTask task = submitted(() -> client.submit(EditVideoParams.builder().model("kling-v3-omni-edit")
                .prompt("Make it snow").sourceTaskId("task_1").aspectRatio("auto").build()));
        assertEquals(Endpoint.of("edit_video"), task.endpoint());
        ScriptedServer.Recorded r = onlyRequest("/api/v1/kling/edit_video");
        assertTrue(r.body().contains("\"source_task_id\":\"task_1\""), r.body());
        assertTrue(r.body().contains("\"aspect_ratio\":\"auto\""), r.body());
    }

    @Test
    void extendVideoIsSubmittedToItsPathWithoutAModel() {
        submitted(() -> client.submit(ExtendVideoParams.builder().sourceTaskId("task_1").mode("pro").build(),
                RequestOptions.none().idempotencyKey("ext-key-1")));
        ScriptedServer.Recorded r = onlyRequest("/api/v1/kling/extend_video");
        assertEquals("ext-key-1", r.header("Idempotency-Key"));
        assertTrue(!r.body().contains("model"), r.body());
    }

    @Test
    void aiAvatarIsSubmittedToItsPath() {
        submitted(() -> client.submit(AiAvatarParams.builder().model("kling-ai-avatar-standard").prompt("Hello")
                .sourceImageUrl("https://example.com/face.png").sourceAudioUrl("https://example.com/hi.mp3").build()));
        assertTrue(onlyRequest("/api/v1/kling/ai_avatar").body().contains("\"source_audio_url\""));
    }

    @Test
    void motionControlIsSubmittedToItsPath() {
        submitted(() -> client.submit(MotionControlParams.builder().model("kling-v2.6")
                .sourceImageUrl("https://example.com/d.png").referenceVideoUrl("https://example.com/dance.mp4")
                .outputResolution("720p").characterOrientation("video").build()));
        assertTrue(onlyRequest("/api/v1/kling/motion_control").body().contains("\"character_orientation\":\"video\""));
    }

    @Test
    void newEndpointsAreReadFromTheirOwnPaths() {
        for (Endpoint endpoint : new Endpoint[] {Endpoint.of("edit_video"), Endpoint.of("extend_video"), Endpoint.of("ai_avatar"),
                Endpoint.of("motion_control")}) {
            server.then(json(200, "{\"id\":\"t1\",\"status\":\"completed\",\"videos\":[{\"url\":\"https://cdn"
                    + ".example.com/t1.mp4\"}],\"usage\":{\"cost\":0.35}}"));
            KlingTask task = client.get(endpoint, "t1");
            assertEquals(endpoint, task.endpoint());
            assertEquals("https://cdn.example.com/t1.mp4", task.videoUrls().get(0));
            assertEquals("/api/v1/kling/" + endpoint.path() + "/t1",
                    server.requests.get(server.requests.size() - 1).path());
        }
    }

    @Test
    void sourceTaskNotReadyIsAConflict() {
        server.then(json(409, "{\"error\":{\"code\":\"source_task_not_ready\",\"message\":\"wait\"}}"));
        ConflictException e = assertThrows(ConflictException.class,
                () -> client.submit(ExtendVideoParams.builder().sourceTaskId("task_1").build()));
        assertEquals("source_task_not_ready", e.code());
    }

    @Test
    void endpointNamesParse() {
        assertEquals(Endpoint.of("motion_control"), Endpoint.parse("motion-control"));
        assertEquals(Endpoint.of("ai_avatar"), Endpoint.parse("ai_avatar"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Endpoint.parse("x"));
        assertTrue(e.getMessage().contains("edit_video, extend_video, ai_avatar, motion_control"), e.getMessage());
    }

    @Test
    void balanceIsReadWithTheKey() {
        server.then(json(200, "{\"balance_cents\":9965,\"paid_balance_cents\":9965,\"bonus_balance_cents\":0,"
                + "\"spent_cents_today\":35,\"spent_cents_total\":35}"));
        Balance balance = client.balance();
        assertEquals(9965L, balance.balanceCents());
        assertEquals(35L, balance.spentCentsTotal());
        ScriptedServer.Recorded r = server.requests.get(0);
        assertEquals("GET", r.method());
        assertEquals("/api/v1/me/balance", r.path());
        assertEquals("Bearer " + KEY, r.header("Authorization"));
        assertEquals("0", r.header(KlingClient.RETRY_COUNT_HEADER));
    }

    @Test
    void balanceIsRetriedOnServerErrors() throws Exception {
        server.then(json(503, "{\"error\":{\"message\":\"busy\"}}"))
                .then(json(200, "{\"balance_cents\":1}"));
        CompletableFuture<Balance> balance = CompletableFuture.supplyAsync(client::balance);
        Duration backoff = scheduler.runNext();
        assertTrue(backoff.compareTo(Duration.ZERO) > 0, backoff.toString());
        assertEquals(1L, balance.get().balanceCents());
        assertEquals("1", server.requests.get(1).header(KlingClient.RETRY_COUNT_HEADER));
    }

    @Test
    void balanceWithoutABodyIsUnexpected() {
        server.then(json(200, "{}"));
        assertThrows(UnexpectedResponseException.class, client::balance);
    }

    @Test
    void accountIsRead() {
        server.then(json(200, "{\"id\":42,\"name\":\"Ada\",\"email\":\"ada@example.com\",\"account\":{\"plan\":"
                + "\"pro\"},\"extra\":true}"));
        Account account = client.account();
        assertEquals(42L, account.id());
        assertEquals("ada@example.com", account.email());
        assertEquals("pro", account.details().get("plan"));
        assertEquals("/api/v1/me", server.requests.get(0).path());
    }

    @Test
    void accountWithAWrongKeyIsAnAuthenticationError() {
        server.then(json(401, "{\"error\":{\"code\":\"unauthorized\",\"message\":\"Invalid API key\"}}"));
        AuthenticationException e = assertThrows(AuthenticationException.class, client::account);
        assertEquals(401, e.status());
    }

    @Test
    void fileUploadPostsTheSourceAndReadsTheTemporaryUrl() {
        server.then(json(200, "{\"file_name\":\"a.png\",\"url\":\"https://files.example.com/f1/a.png\","
                + "\"size_bytes\":8,\"mime_type\":\"image/png\",\"created_at\":\"2026-01-01T00:00:00Z\","
                + "\"expires_at\":\"2026-01-01T01:00:00Z\"}"));
        UploadedFile file = client.uploadFile(java.util.Base64.getDecoder().decode("iVBORw0KGgo="), "a.png");
        assertEquals("https://files.example.com/f1/a.png", file.url());
        assertEquals(8L, file.sizeBytes());
        assertEquals(OffsetDateTime.parse("2026-01-01T01:00:00Z"), file.expiresAt());
        ScriptedServer.Recorded r = server.requests.get(0);
        assertEquals("POST", r.method());
        assertEquals("/api/v1/files", r.path());
        assertEquals("Bearer " + KEY, r.header("Authorization"));
        assertEquals("{\"source\":{\"type\":\"base64\",\"data\":\"iVBORw0KGgo=\"},\"file_name\":\"a.png\"}", r.body());
    }

    @Test
    void tooLargeFileIsAValidationError() {
        server.then(json(413, "{\"error\":{\"code\":\"payload_too_large\",\"message\":\"too big\"}}"));
        ValidationException e = assertThrows(ValidationException.class, () -> client.uploadFile(
                java.net.URI.create("https://e.com/a.png"), null));
        assertEquals(413, e.status());
        assertEquals("payload_too_large", e.code());
    }

    private KlingTask submitted(Supplier<KlingTask> submit) {
        server.then(json(200, CREATED));
        KlingTask task = submit.get();
        assertEquals("task_9", task.id());
        return task;
    }

    private ScriptedServer.Recorded onlyRequest(String path) {
        assertEquals(1, server.requests.size());
        ScriptedServer.Recorded r = server.requests.get(0);
        assertEquals("POST", r.method());
        assertEquals(path, r.path());
        assertNotNull(r.header("Idempotency-Key"));
        assertEquals("Bearer " + KEY, r.header("Authorization"));
        return r;
    }
}
