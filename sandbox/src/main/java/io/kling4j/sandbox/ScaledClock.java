package io.kling4j.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A clock that runs {@code scale} times as fast as another one from the instant it was made: when the base moves
 * by one second, this one moves by {@code scale} seconds. With an injected test clock as the base, moving the test
 * clock one second moves the sandbox {@code scale} seconds.
 */
final class ScaledClock extends Clock {
    private final Clock base;
    private final double scale;
    private final Instant origin;

    ScaledClock(Clock base, double scale) {
        this(base, scale, base.instant());
    }

    private ScaledClock(Clock base, double scale, Instant origin) {
        this.base = Objects.requireNonNull(base, "base");
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("scale must be positive and finite: " + scale);
        }
        this.scale = scale;
        this.origin = origin;
    }

    @Override
    public Instant instant() {
        Duration elapsed = Duration.between(origin, base.instant());
        double nanos = (elapsed.getSeconds() * 1e9 + elapsed.getNano()) * scale;
        return origin.plus(Duration.ofNanos(Math.round(nanos)));
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new ScaledClock(base.withZone(zone), scale, origin);
    }
}
