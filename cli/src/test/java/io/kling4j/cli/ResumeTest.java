package io.kling4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 item 2 and issue 17 item 2: once a task may exist, every failure prints the command that finishes the
 * job, and that command works as printed.
 */
class ResumeTest {
    private static final String KEY = "sk-cli-resume";
    @RegisterExtension
    static final CliRunner cli = CliRunner.onSandbox(KEY);

    @TempDir
    Path dir;

    private static Map<String, String> env(String baseUrl) {
        return Map.of("RUNAPI_API_KEY", KEY, "RUNAPI_BASE_URL", baseUrl);
    }

    @Test
    void aWaitTimeoutPrintsTheWaitCommandWithEndpointAndOutputAndItFinishesTheJob() throws Exception {
        Path video = dir.resolve("my cat.mp4");
        CliTuning racing = new CliTuning(CliRunner.FAST.poll(), CliRunner.FAST.retry(), CliRunner.racingClock());
        CliRunner.Result r = CliRunner.run(racing, cli.env(), "image-to-video",
                "--first-frame", "https://example.com/cat.png", "--prompt", "The cat blinks", "-o", video.toString(),
                "--timeout", "5");
        assertEquals(ExitCodes.TIMEOUT_OR_NETWORK, r.code(), r.err());
        assertFalse(r.err().contains("PT"), r.err());
        String[] resume = CliRunner.printedCommand(r.err(), "To finish the job, run: ");
        assertEquals("wait", resume[0]);
        assertEquals(java.util.List.of("--endpoint", "image-to-video", "-o", video.toString()),
                java.util.List.of(resume).subList(2, 6));
        assertTrue(r.err().contains("'" + video + "'"), "quoted for a shell: " + r.err());
        CliRunner.Result finished = CliRunner.run(cli.env(), resume);
        assertEquals(0, finished.code(), finished.err());
        assertTrue(CliRunner.isMp4(video));
    }

    @Test
    void aFailedDownloadPrintsTheDownloadCommandAndLeavesNoPartialFile() throws Exception {
        try (ScriptedServer server = new ScriptedServer((s, exchange, body) -> {
            String path = exchange.getRequestURI().getPath();
            if (path.endsWith("/text_to_video")) {
                ScriptedServer.json(exchange, 200, "{\"id\":\"task_dl\",\"status\":\"pending\"}");
            } else if (path.endsWith("/task_dl")) {
                ScriptedServer.json(exchange, 200, "{\"id\":\"task_dl\",\"status\":\"completed\",\"videos\":[{\"url\":\""
                        + s.baseUrl() + "/videos/task_dl.mp4\"}]}");
            } else {
                exchange.sendResponseHeaders(200, 100_000); // promises 100 KB, sends 4 and closes
                exchange.getResponseBody().write("ftyp".getBytes());
                exchange.getResponseBody().flush();
            }
        })) {
            Path video = dir.resolve("fox.mp4");
            CliRunner.Result r = CliRunner.run(env(server.baseUrl()), "text-to-video", "--prompt", "A fox",
                    "-o", video.toString());
            assertEquals(ExitCodes.TIMEOUT_OR_NETWORK, r.code(), r.err());
            String[] resume = CliRunner.printedCommand(r.err(), "To finish the job, run: ");
            assertEquals(java.util.List.of("download", "task_dl", "--endpoint", "text-to-video", "-o", video.toString()),
                    java.util.List.of(resume));
            try (var left = Files.list(dir)) {
                assertEquals(0, left.count(), "no partial or temporary file");
            }
        }
    }

    @Test
    void aCreateAnsweredWith503PrintsTheRecoveryCommandWithTheKeySentOnEveryAttempt() throws Exception {
        CliRunner.Result r;
        java.util.List<String> keys;
        try (ScriptedServer server = new ScriptedServer(
                (s, exchange, body) -> ScriptedServer.json(exchange, 503, "{\"error\":\"overloaded\"}"))) {
            r = CliRunner.run(env(server.baseUrl()), "text-to-video", "--prompt", "A fox's tail", "--duration", "5",
                    "-o", dir.resolve("fox.mp4").toString());
            keys = java.util.List.copyOf(server.idempotencyKeys);
            assertEquals(3, server.posts(), server.requests.toString());
        }
        assertEquals(ExitCodes.TIMEOUT_OR_NETWORK, r.code(), r.err());
        assertEquals(3, keys.size());
        assertEquals(1, new HashSet<>(keys).size(), "one key on every attempt: " + keys);
        String[] recover = CliRunner.printedCommand(r.err(), "To recover it without paying twice, run: ");
        assertEquals(java.util.List.of("text-to-video", "--prompt", "A fox's tail", "--duration", "5", "-o",
                dir.resolve("fox.mp4").toString(), "--idempotency-key", keys.get(0)), java.util.List.of(recover));
        assertTrue(r.err().contains("retry 1 of 2"), r.err());
        CliRunner.Result healthy = CliRunner.run(cli.env(), recover);
        assertEquals(0, healthy.code(), healthy.err());
        assertTrue(CliRunner.isMp4(dir.resolve("fox.mp4")));
    }

    @Test
    void theRecoveryCommandOfALocalFileNamesItsUploadedUrlSoTheBodyIsTheSame() throws Exception {
        Path png = dir.resolve("cat.png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(8, 8, 1), "png", png.toFile());
        try (ScriptedServer server = new ScriptedServer((s, exchange, body) -> {
            if (exchange.getRequestURI().getPath().equals("/api/v1/files")) {
                ScriptedServer.json(exchange, 200, "{\"file_name\":\"cat.png\",\"url\":\"https://files.example.com/u1/cat.png\","
                        + "\"created_at\":\"2026-01-01T00:00:00Z\",\"expires_at\":\"2026-01-01T01:00:00Z\"}");
            } else {
                ScriptedServer.json(exchange, 500, "{\"error\":\"boom\"}");
            }
        })) {
            CliRunner.Result r = CliRunner.run(env(server.baseUrl()), "image-to-video", "--first-frame", png.toString(),
                    "--prompt", "x", "--idempotency-key", "my-key-1", "-o", dir.resolve("cat.mp4").toString());
            assertEquals(ExitCodes.TIMEOUT_OR_NETWORK, r.code(), r.err());
            String[] recover = CliRunner.printedCommand(r.err(), "To recover it without paying twice, run: ");
            assertEquals(java.util.List.of("image-to-video", "--first-frame", "https://files.example.com/u1/cat.png",
                    "--prompt", "x", "-o", dir.resolve("cat.mp4").toString(), "--idempotency-key", "my-key-1"),
                    java.util.List.of(recover));
            assertEquals(java.util.List.of("my-key-1", "my-key-1", "my-key-1"), server.idempotencyKeys);
        }
    }
}
