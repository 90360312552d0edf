package io.kling4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kling4j.client.RetryPolicy;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 item 5 (no silent waits: one stderr line per retry naming the host, a {@code --request-timeout}, network
 * errors in words) and item 6 (explicit backends).
 */
class NetworkAndBackendTest {
    @Test
    void aServerThatNeverAnswersIsToldOnEveryRetryWithHostAndTimeout() throws Exception {
        try (ScriptedServer server = new ScriptedServer((s, exchange, body) -> s.hang())) {
            CliTuning oneRetry = new CliTuning(CliRunner.FAST.poll(),
                    new RetryPolicy(1, Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofSeconds(1)), null);
            CliRunner.Result r = CliRunner.run(oneRetry, Map.of("RUNAPI_API_KEY", "sk-hang", "RUNAPI_BASE_URL",
                    server.baseUrl()), "status", "task_1", "--request-timeout", "1");
            assertEquals(ExitCodes.TIMEOUT_OR_NETWORK, r.code(), r.err());
            String host = "127.0.0.1:" + server.port();
            assertTrue(r.err().startsWith("status of task task_1: no answer from " + host
                    + " after 1 s (request timed out), retry 1 of 1 in "), r.err());
            assertTrue(r.err().contains("error: status of task task_1: no answer from " + host + " after 1 s"), r.err());
            assertEquals(2, server.requests.size());
        }
    }

    @Test
    void aRefusedConnectionNamesHostPortAndCauseWithoutClassNames() throws Exception {
        int port;
        try (ServerSocket closed = new ServerSocket(0)) {
            port = closed.getLocalPort();
        }
        CliRunner.Result r = CliRunner.run(Map.of("RUNAPI_API_KEY", "sk-refused", "RUNAPI_BASE_URL",
                "http://127.0.0.1:" + port), "status", "task_1");
        assertEquals(ExitCodes.TIMEOUT_OR_NETWORK, r.code(), r.err());
        assertTrue(r.err().endsWith("error: status of task task_1: connection to 127.0.0.1:" + port
                + " refused (nothing listens there)" + System.lineSeparator()), r.err());
        assertFalse(r.err().contains("java."), r.err());
    }

    @Test
    void aBaseUrlWithoutAKeyIsAnErrorNotTheSandbox() {
        CliRunner.Result r = CliRunner.run(Map.of("RUNAPI_BASE_URL", "https://runapi.example"), "status", "task_1");
        assertEquals(ExitCodes.AUTH, r.code(), r.err());
        assertEquals("error: RUNAPI_BASE_URL is set (https://runapi.example) but RUNAPI_API_KEY is not: set the key of"
                + " that server, or unset RUNAPI_BASE_URL to use the embedded sandbox", r.err().trim());
    }

    @Test
    void noWaitIsRefusedOnTheEmbeddedSandboxWhoseTasksDieWithTheProcess() {
        CliRunner.Result r = CliRunner.run(Map.of(), "text-to-video", "--prompt", "x", "--no-wait");
        assertEquals(ExitCodes.INVALID, r.code(), r.err());
        assertTrue(r.err().contains("error: --no-wait needs RunAPI: the embedded sandbox and its tasks end with this"
                + " command"), r.err());
        assertTrue(r.err().contains("its tasks end with this command"), "the announcement says so: " + r.err());
    }

    @Test
    void onTheEmbeddedSandboxAFailedWaitSaysTheTaskDiesWithTheProcess() {
        CliTuning racing = new CliTuning(CliRunner.FAST.poll(), CliRunner.FAST.retry(), CliRunner.racingClock());
        CliRunner.Result r = CliRunner.run(racing, Map.of(), "text-to-video", "--prompt", "x", "--timeout", "5",
                "-o", System.getProperty("java.io.tmpdir") + "/kling-embedded-never.mp4");
        assertEquals(ExitCodes.TIMEOUT_OR_NETWORK, r.code(), r.err());
        assertTrue(r.err().contains("the embedded sandbox stops with this command and its task with it"), r.err());
        assertFalse(r.err().contains("To finish the job"), r.err());
    }
}
