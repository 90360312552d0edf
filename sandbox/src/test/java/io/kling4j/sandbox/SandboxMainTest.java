package io.kling4j.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SandboxMainTest {
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);

    @Test
    void defaultsTo8089() {
        assertEquals(8089, SandboxMain.parsePort(new String[0], errStream));
    }

    @Test
    void acceptsBothPortForms() {
        assertEquals(9000, SandboxMain.parsePort(new String[] {"--port", "9000"}, errStream));
        assertEquals(0, SandboxMain.parsePort(new String[] {"--port=0"}, errStream));
    }

    @Test
    void rejectsBadArgumentsWithUsage() {
        assertNull(SandboxMain.parsePort(new String[] {"--port", "x"}, errStream));
        assertNull(SandboxMain.parsePort(new String[] {"--port", "70000"}, errStream));
        assertNull(SandboxMain.parsePort(new String[] {"--verbose"}, errStream));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: SandboxMain [--port N]"));
    }
}
