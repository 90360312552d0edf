package io.kling4j.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Start-up times: an embedded sandbox answers its first API request soon after {@code start()}, and a fresh
 * {@code SandboxMain} process (cold JVM) prints its URL and answers soon after being launched. The bounds are
 * loose, for busy CI machines; the measured times are printed.
 */
class StartupTimeTest {
    @Test
    void embeddedSandboxAnswersQuickly() {
        long start = System.nanoTime();
        try (KlingSandbox sandbox = KlingSandbox.builder().build().start()) {
            assertEquals(200, new SandboxHttp(sandbox).getPath("/api/v1/me").statusCode());
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.println("embedded: build().start() to first 200 in " + millis + " ms");
            assertTrue(millis < 5_000, millis + " ms");
        }
    }

    @Test
    void sandboxMainProcessStartsQuickly() throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        long start = System.nanoTime();
        Process process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                SandboxMain.class.getName(), "--port", "0")).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            String baseUrl = CompletableFuture.supplyAsync(() -> readBaseUrl(out)).get(60, TimeUnit.SECONDS);
            long printed = (System.nanoTime() - start) / 1_000_000;
            assertNotNull(baseUrl, "no RUNAPI_BASE_URL line");
            int status = SandboxHttp.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/me"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + KlingSandbox.DEMO_KEY).build()).statusCode();
            long answered = (System.nanoTime() - start) / 1_000_000;
            System.out.println("SandboxMain process: URL printed after " + printed + " ms, first 200 after "
                    + answered + " ms");
            assertEquals(200, status);
            assertTrue(answered < 20_000, answered + " ms");
        } finally {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static String readBaseUrl(BufferedReader out) {
        try {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("RUNAPI_BASE_URL=")) {
                    return line.substring("RUNAPI_BASE_URL=".length());
                }
            }
            return null;
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
