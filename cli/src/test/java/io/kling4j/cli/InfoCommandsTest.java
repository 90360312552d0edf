package io.kling4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kling4j.client.KlingClient;
import io.kling4j.sandbox.KlingSandbox;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** balance, models, sandbox, completion and the help of every command. */
class InfoCommandsTest {
    private static final String KEY = "sk-cli-info-commands";
    private static KlingSandbox sandbox;
    private static CliRunner cli;

    @BeforeAll
    static void start() {
        sandbox = KlingSandbox.builder().apiKey(KEY).pendingFor(Duration.ofMillis(50))
                .processingFor(Duration.ofMillis(100)).build().start();
        cli = new CliRunner(sandbox, KEY);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void balanceAsTextAndJson() {
        CliRunner.Result text = cli.run("balance");
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().matches("(?s)Balance: \\$\\d+\\.\\d\\d \\(paid .*"), text.out());
        CliRunner.Result json = cli.run("balance", "--json");
        assertTrue(json.out().contains("\"balance_cents\":"), json.out());
        assertFalse(json.out().contains(KEY));
    }

    @Test
    void balanceWithAWrongKeyExitsWithTheAuthCode() {
        CliRunner.Result r = CliRunner.run(Map.of("RUNAPI_API_KEY", "sk-nope", "RUNAPI_BASE_URL",
                sandbox.baseUri().toString()), "balance");
        assertEquals(ExitCodes.AUTH, r.code());
        assertFalse(r.err().contains("sk-nope"));
    }

    @Test
    void modelsListsTheSpecsModelsPerCommand() {
        CliRunner.Result r = CliRunner.run(Map.of(), "models");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("text-to-video") && l.contains("kling-3.0")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("avatar") && l.contains("kling-ai-avatar-pro")), r.out());
        assertTrue(r.out().contains("docs/models.md"));
        CliRunner.Result json = CliRunner.run(Map.of(), "models", "--json");
        assertTrue(json.out().contains("\"motion-control\":[\"kling-3.0\",\"kling-v2.6\"]"), json.out());
    }

    @Test
    void sandboxPrintsItsBaseUrlAndTheDemoKeyAndChecksThePort() {
        CliRunner.Result r = CliRunner.run(Map.of(), "sandbox", "--port", "0", "--exit-after-start");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("RUNAPI_BASE_URL=http://127.0.0.1:"), r.out());
        assertTrue(r.out().contains("RUNAPI_API_KEY=" + KlingSandbox.DEMO_KEY), r.out());
        assertEquals(ExitCodes.INVALID, CliRunner.run(Map.of(), "sandbox", "--port", "70000").code());
    }

    @Test
    void completionPrintsABashScriptCoveringEveryCommand() {
        CliRunner.Result r = CliRunner.run(Map.of(), "completion", "bash");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("complete -F"), r.out().lines().limit(5).toList().toString());
        for (String command : List.of("text-to-video", "image-to-video", "edit", "extend", "avatar", "motion-control",
                "status", "wait", "download", "balance", "models", "sandbox", "story")) {
            assertTrue(r.out().contains(command), command);
        }
        assertEquals(ExitCodes.INVALID, CliRunner.run(Map.of(), "completion", "fish").code());
    }

    @Test
    void everyCommandHasHelpWithExamples() {
        for (String command : List.of("text-to-video", "image-to-video", "edit", "extend", "avatar", "motion-control",
                "status", "wait", "download", "balance", "models", "sandbox", "completion", "story")) {
            CliRunner.Result r = CliRunner.run(Map.of(), command, "--help");
            assertEquals(0, r.code(), command + ": " + r.err());
            assertTrue(r.out().contains("Examples:"), command);
        }
        assertTrue(CliRunner.run(Map.of(), "--help").out().contains("Exit codes:"));
    }

    @Test
    void theSandboxKeyIsNeverPrintedByAClientToString() {
        try (KlingClient client = KlingClient.builder().apiKey(KEY).baseUrl(sandbox.baseUri()).build()) {
            assertFalse(client.toString().contains(KEY));
        }
    }
}
