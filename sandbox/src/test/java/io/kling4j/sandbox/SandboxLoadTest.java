package io.kling4j.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A one-second run of the load harness, so it keeps working; the real measurement runs {@link SandboxLoad}. */
class SandboxLoadTest {
    @Test
    void theHarnessMeasuresWithoutErrors() throws Exception {
        try (KlingSandbox sandbox = KlingSandbox.builder().build().start()) {
            SandboxLoad.Result result = SandboxLoad.run(sandbox, 8, Duration.ofSeconds(1), System.out);
            SandboxLoad.report(result, 8, System.out);
            assertEquals(0, result.errors());
            assertTrue(result.requests() > 0);
            assertTrue(result.p99Micros() >= result.p50Micros());
        }
    }
}
