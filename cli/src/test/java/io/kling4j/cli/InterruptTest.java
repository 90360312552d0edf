package io.kling4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kling4j.sandbox.KlingSandbox;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 item 2, Ctrl-C: the real {@code kling} main in a child JVM gets SIGINT while it waits or downloads; it
 * ends the progress line, prints the command that finishes the job, leaves no temporary file and exits 130.
 */
class InterruptTest {
    @TempDir
    Path dir;

    /** The child's stderr, line by line, with a latch that opens at the first line matching a condition. */
    private static final class Child {
        final Process process;
        final List<String> lines = Collections.synchronizedList(new ArrayList<>());
        final CountDownLatch ready = new CountDownLatch(1);

        Child(String baseUrl, Predicate<String> readyWhen, String... args) throws Exception {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-cp", System.getProperty("java.class.path"), KlingCli.class.getName()));
            command.addAll(List.of(args));
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().put("RUNAPI_API_KEY", "sk-interrupt");
            builder.environment().put("RUNAPI_BASE_URL", baseUrl);
            process = builder.start();
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line; (line = in.readLine()) != null; ) {
                        lines.add(line);
                        if (readyWhen.test(line)) {
                            ready.countDown();
                        }
                    }
                } catch (java.io.IOException ignored) {
                    // the child ended
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        int interrupt() throws Exception {
            assertTrue(ready.await(60, TimeUnit.SECONDS), "child never got ready: " + lines);
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start();
            assertEquals(0, kill.waitFor());
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "child did not end: " + lines);
            process.getErrorStream().close();
            return process.exitValue();
        }

        String err() {
            synchronized (lines) {
                return String.join("\n", lines);
            }
        }
    }

    @Test
    void ctrlCDuringAWaitPrintsTheResumeCommandAndExits130() throws Exception {
        try (KlingSandbox sandbox = KlingSandbox.builder().apiKey("sk-interrupt").pendingFor(Duration.ofHours(1))
                .build().start()) {
            Path video = dir.resolve("cat.mp4");
            Child child = new Child(sandbox.baseUri().toString(), line -> line.contains(" pending"), "image-to-video",
                    "--first-frame", "https://example.com/cat.png", "--prompt", "The cat blinks", "-o", video.toString());
            assertEquals(Interrupts.EXIT_CODE, child.interrupt(), child.err());
            String id = child.err().replaceAll("(?s).*Submitted image_to_video task (\\S+) .*", "$1");
            assertTrue(child.err().contains("interrupted while waiting for task " + id), child.err());
            assertTrue(child.err().contains("To finish the job, run: kling wait " + id
                    + " --endpoint image-to-video -o " + video), child.err());
            try (var left = Files.list(dir)) {
                assertEquals(0, left.count());
            }
        }
    }

    @Test
    void ctrlCDuringADownloadLeavesNoTemporaryFile() throws Exception {
        CountDownLatch bytesSent = new CountDownLatch(1);
        try (ScriptedServer server = new ScriptedServer((s, exchange, body) -> {
            String path = exchange.getRequestURI().getPath();
            if (path.endsWith("/text_to_video")) {
                ScriptedServer.json(exchange, 200, "{\"id\":\"task_big\",\"status\":\"pending\"}");
            } else if (path.endsWith("/task_big")) {
                ScriptedServer.json(exchange, 200, "{\"id\":\"task_big\",\"status\":\"completed\",\"videos\":[{\"url\":\""
                        + s.baseUrl() + "/videos/task_big.mp4\"}]}");
            } else {
                exchange.sendResponseHeaders(200, 10_000_000);
                exchange.getResponseBody().write(new byte[100_000]);
                exchange.getResponseBody().flush();
                bytesSent.countDown();
                s.hang();
            }
        })) {
            Path video = dir.resolve("fox.mp4");
            Child child = new Child(server.baseUrl(), line -> line.startsWith("Downloading the video"), "text-to-video",
                    "--prompt", "A fox", "-o", video.toString());
            assertTrue(bytesSent.await(60, TimeUnit.SECONDS), child.err());
            awaitPartFile();
            assertEquals(Interrupts.EXIT_CODE, child.interrupt(), child.err());
            assertTrue(child.err().contains("To finish the job, run: kling download task_big --endpoint text-to-video -o "
                    + video), child.err());
            try (var left = Files.list(dir)) {
                assertEquals(List.of(), left.toList());
            }
        }
    }

    /** Waits (bounded) until the download's hidden .part file exists, so that the test proves its removal. */
    private void awaitPartFile() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try (var files = Files.list(dir)) {
                if (files.anyMatch(f -> f.getFileName().toString().endsWith(".part"))) {
                    return;
                }
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("no .part file appeared");
    }
}
