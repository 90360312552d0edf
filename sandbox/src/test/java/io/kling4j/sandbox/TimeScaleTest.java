package io.kling4j.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** {@code timeScale}: sandbox time runs faster than the (injected) clock, from the moment the sandbox is built. */
class TimeScaleTest {
    private static final String BODY = "{\"model\":\"kling-3.0\",\"prompt\":\"a fox\"}";

    @Test
    void aMinuteLongTaskLastsOneSecondAtScale60() {
        MutableClock clock = new MutableClock();
        try (KlingSandbox sandbox = KlingSandbox.builder().clock(clock).timeScale(60)
                .pendingFor(Duration.ofSeconds(20)).processingFor(Duration.ofSeconds(40)).build().start()) {
            SandboxHttp http = new SandboxHttp(sandbox);
            String id = http.createdId(http.create("text_to_video", BODY));

            assertEquals("pending", status(http, id));
            clock.advance(Duration.ofMillis(400));
            assertEquals("processing", status(http, id), "24 s of sandbox time");
            clock.advance(Duration.ofMillis(590));
            assertEquals("processing", status(http, id), "59.4 s");
            clock.advance(Duration.ofMillis(10));
            assertEquals("completed", status(http, id), "60 s");
        }
    }

    @Test
    void theScaledClockStartsAtTheBaseAndMovesScaleTimesFaster() {
        MutableClock base = new MutableClock(Instant.parse("2026-05-01T10:00:00Z"));
        ScaledClock scaled = new ScaledClock(base, 2.5);
        assertEquals(base.instant(), scaled.instant());

        base.advance(Duration.ofSeconds(2));

        assertEquals(Instant.parse("2026-05-01T10:00:05Z"), scaled.instant());
        assertEquals(base.getZone(), scaled.getZone());
    }

    @Test
    void scaleOneKeepsTheClockAndNonsenseIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> KlingSandbox.builder().timeScale(0));
        assertThrows(IllegalArgumentException.class, () -> KlingSandbox.builder().timeScale(-2));
        assertThrows(IllegalArgumentException.class, () -> KlingSandbox.builder().timeScale(Double.NaN));
        assertThrows(IllegalArgumentException.class,
                () -> KlingSandbox.builder().timeScale(Double.POSITIVE_INFINITY));
    }

    private static String status(SandboxHttp http, String id) {
        return SandboxHttp.json(http.get("text_to_video", id)).path("status").asText();
    }
}
