package io.kling4j.cli;

import io.kling4j.sandbox.KlingSandbox;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A fresh fast sandbox per test, so its task count shows exactly what the test's commands created. */
abstract class FreshSandboxCliTest {
    private static final String KEY = "sk-cli-fresh-sandbox";
    KlingSandbox sandbox;
    CliRunner cli;

    @TempDir
    Path dir;

    @BeforeEach
    void startSandbox() {
        sandbox = KlingSandbox.builder().apiKey(KEY).pendingFor(Duration.ofMillis(20))
                .processingFor(Duration.ofMillis(20)).build().start();
        cli = new CliRunner(sandbox, KEY);
    }

    @AfterEach
    void stopSandbox() {
        sandbox.close();
    }
}
