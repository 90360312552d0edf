package io.kling4j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ScaledClockTest {
    private final AtomicLong nanos = new AtomicLong(1_000);
    private final Instant origin = Instant.parse("2026-01-01T00:00:00Z");
    private final ScaledClock clock = new ScaledClock(origin, 4, nanos::get);

    @Test
    void standsStillUntilStartedThenRunsScaleTimesFaster() {
        nanos.addAndGet(5_000_000_000L);
        assertEquals(origin, clock.instant());
        clock.start();
        nanos.addAndGet(2_000_000_000L);
        assertEquals(origin.plusSeconds(8), clock.instant());
    }

    @Test
    void freezeReturnsToTheOrigin() {
        clock.start();
        nanos.addAndGet(1_000_000_000L);
        clock.freeze();
        assertEquals(origin, clock.instant());
    }

    @Test
    void freezeAtStandsAtTheOffsetThenStartRunsFromTheOrigin() {
        clock.freezeAt(Duration.ofSeconds(-90)); // a task created now is 90 s old when the clock starts
        assertEquals(origin.minusSeconds(90), clock.instant());
        clock.start();
        nanos.addAndGet(1_000_000_000L);
        assertEquals(origin.plusSeconds(4), clock.instant());
        clock.freeze();
        assertEquals(origin, clock.instant());
    }

    @Test
    void convertsClockTimeToWallTime() {
        assertEquals(Duration.ofMillis(500), clock.toWall(Duration.ofSeconds(2)));
    }
}
