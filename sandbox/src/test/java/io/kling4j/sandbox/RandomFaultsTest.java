package io.kling4j.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A seeded random fault rate: the same seed and the same requests meet the same faults. */
class RandomFaultsTest {
    private static final int REQUESTS = 60;

    @Test
    void theSameSeedGivesTheSameFaults() {
        List<String> first = outcomes(42);
        List<String> second = outcomes(42);
        List<String> other = outcomes(43);

        assertEquals(first, second);
        assertNotEquals(first, other);
        long faulted = first.stream().filter(outcome -> !outcome.equals("200")).count();
        assertTrue(faulted > 5 && faulted < 40, "about a third of " + REQUESTS + ": " + first);
        assertTrue(first.contains("reset") && first.contains("503") && first.contains("429"), first.toString());
    }

    private static List<String> outcomes(long seed) {
        try (KlingSandbox sandbox = KlingSandbox.builder().build().start()) {
            FaultHandle random = sandbox.faults().randomRate(0.33, seed);
            SandboxHttp http = new SandboxHttp(sandbox);
            List<String> outcomes = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                try {
                    HttpResponse<String> response = http.postJson("/api/v1/files",
                            "{\"source\":{\"type\":\"url\",\"url\":\"https://example.com/" + i + ".png\"}}");
                    outcomes.add(Integer.toString(response.statusCode()));
                } catch (UncheckedIOException e) {
                    outcomes.add("reset");
                }
            }
            assertEquals(REQUESTS, random.seen());
            return outcomes;
        }
    }
}
