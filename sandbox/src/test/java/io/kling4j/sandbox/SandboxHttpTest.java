package io.kling4j.sandbox;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A fresh sandbox per test on a {@link MutableClock} the test moves, with a {@link SandboxHttp} talking to it over
 * real loopback HTTP. The HTTP tests of the sandbox extend this.
 */
abstract class SandboxHttpTest {
    final MutableClock clock = new MutableClock();
    KlingSandbox sandbox;
    SandboxHttp http;

    @BeforeEach
    void startSandbox() {
        sandbox = KlingSandbox.builder().clock(clock).build().start();
        http = new SandboxHttp(sandbox);
    }

    @AfterEach
    void stopSandbox() {
        sandbox.close();
    }
}
