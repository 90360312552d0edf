package io.kling4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kling4j.sandbox.KlingSandbox;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the CLI in-process against a sandbox acting as a RunAPI-compatible server given by RUNAPI_BASE_URL. */
class KlingCliTest {
    private static final String KEY = "sk-cli-test-key";
    private static KlingSandbox sandbox;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        sandbox = KlingSandbox.builder().apiKey(KEY).pendingFor(Duration.ofMillis(50))
                .processingFor(Duration.ofMillis(100)).build().start();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private record Result(int code, String out, String err) {
    }

    private Result run(Map<String, String> env, String... args) {
        CliRunner.Result r = CliRunner.run(env, args); // polls every 20 ms
        return new Result(r.code(), r.out(), r.err());
    }

    private Map<String, String> remote() {
        return Map.of("RUNAPI_API_KEY", KEY, "RUNAPI_BASE_URL", sandbox.baseUri().toString());
    }

    @Test
    void textToVideoSubmitsPollsAndDownloadsAnMp4() throws Exception {
        Path file = dir.resolve("fox.mp4");
        Result r = run(remote(), "text-to-video", "--prompt", "A red fox", "--duration", "3", "-o", file.toString());
        assertEquals(0, r.code(), r.err());
        byte[] head = Arrays.copyOf(Files.readAllBytes(file), 8);
        assertEquals("ftyp", new String(head, 4, 4, StandardCharsets.US_ASCII));
        assertTrue(r.out().startsWith("Saved " + file), r.out());
        assertTrue(r.err().contains("completed"), r.err());
        assertFalse(r.out().contains(KEY) || r.err().contains(KEY));
    }

    @Test
    void noWaitJsonThenStatusWaitAndDownloadByTaskId() throws Exception {
        Result submitted = run(remote(), "image-to-video", "--prompt", "A cat blinks",
                "--first-frame", "https://example.com/cat.png", "--no-wait", "--json");
        assertEquals(0, submitted.code(), submitted.err());
        String id = submitted.out().replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1").trim();
        Result waited = run(remote(), "wait", id, "--endpoint", "image-to-video", "--json");
        assertEquals(0, waited.code(), waited.err());
        assertTrue(waited.out().contains("\"status\":\"completed\""), waited.out());
        Result status = run(remote(), "status", id, "--endpoint", "image-to-video");
        assertTrue(status.out().startsWith(id + " completed"), status.out());
        Result downloaded = run(remote(), "download", id, "--endpoint", "image_to_video", "-o", dir.toString());
        assertEquals(0, downloaded.code(), downloaded.err());
        assertTrue(Files.size(dir.resolve(id + ".mp4")) > 0);
    }

    @Test
    void exitCodesFollowTheKindOfError() {
        Map<String, String> wrongKey = Map.of("RUNAPI_API_KEY", "sk-wrong", "RUNAPI_BASE_URL", sandbox.baseUri().toString());
        Result auth = run(wrongKey, "status", "task_x");
        assertEquals(ExitCodes.AUTH, auth.code());
        assertFalse(auth.err().contains("sk-wrong"));
        assertEquals(1, auth.err().lines().count(), auth.err());
        assertEquals(ExitCodes.INVALID, run(remote(), "status", "task_unknown").code());
        assertEquals(ExitCodes.INVALID, run(remote(), "text-to-video").code()); // missing --prompt
        Result failed = run(remote(), "text-to-video", "--prompt", "[fail] please", "-o", dir.resolve("x.mp4").toString());
        assertEquals(ExitCodes.TASK_FAILED, failed.code(), failed.err());
        assertFalse(Files.exists(dir.resolve("x.mp4")));
    }

    @Test
    void withoutAKeyTheEmbeddedSandboxIsUsedAndAnnounced() {
        Result r = run(Map.of(), "status", "task_nope");
        assertTrue(r.err().startsWith("No RUNAPI_API_KEY set: using the embedded kling4j sandbox at http://127.0.0.1:"),
                r.err());
        assertEquals(ExitCodes.INVALID, r.code());
    }

    @Test
    void helpShowsExamples() {
        Result r = run(Map.of(), "text-to-video", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Examples:"));
    }
}
