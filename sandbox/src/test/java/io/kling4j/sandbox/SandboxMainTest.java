package io.kling4j.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SandboxMainTest {
    @Test
    void defaults() {
        SandboxOptions options = SandboxOptions.parse(new String[0]);
        assertEquals(8089, options.port());
        assertEquals(1.0, options.timeScale());
        assertEquals(Duration.ofSeconds(1), options.pending());
        assertEquals(Duration.ofSeconds(3), options.processing());
    }

    @Test
    void acceptsBothForms() {
        SandboxOptions options = SandboxOptions.parse(new String[] {"--port", "9000", "--time-scale=60",
            "--pending", "0.5", "--processing=120"});
        assertEquals(9000, options.port());
        assertEquals(60.0, options.timeScale());
        assertEquals(Duration.ofMillis(500), options.pending());
        assertEquals(Duration.ofSeconds(120), options.processing());
        assertEquals(0, SandboxOptions.parse(new String[] {"--port=0"}).port());
    }

    @Test
    void rejectsBadArgumentsNamingThem() {
        assertMessage("--port needs a number", "--port", "x");
        assertMessage("--port must be between 0 and 65535", "--port", "70000");
        assertMessage("unknown argument: --verbose", "--verbose");
        assertMessage("--time-scale must be a positive number", "--time-scale", "0");
        assertMessage("--pending must be a number of seconds, 0 or more", "--pending", "-1");
        assertMessage("--processing needs a value", "--processing");
    }

    @Test
    void runStartsASandboxAndPrintsWhereItIs() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (KlingSandbox sandbox = SandboxMain.run(new String[] {"--port", "0", "--time-scale", "60"},
                new PrintStream(out, true, StandardCharsets.UTF_8))) {
            String text = out.toString(StandardCharsets.UTF_8);
            assertTrue(text.contains("RUNAPI_BASE_URL=" + sandbox.baseUri() + "\n"), text);
            assertTrue(text.contains("RUNAPI_API_KEY=sk-sandbox-demo"), text);
            assertTrue(text.contains("60.0x"), text);
            assertEquals(404, new SandboxHttp(sandbox).get("text_to_video", "task_none").statusCode());
        }
    }

    @Test
    void helpPrintsTheUsageAndStartsNothing() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertNull(SandboxMain.run(new String[] {"--help"}, new PrintStream(out, true, StandardCharsets.UTF_8)));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("usage: SandboxMain [--port N] [--time-scale X]"));
    }

    private static void assertMessage(String expected, String... args) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, () -> SandboxOptions.parse(args))
                .getMessage());
    }
}
