package io.kling4j.benchmarks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.LongSupplier;

/**
 * A clock that stands still until {@link #start()} and then runs {@code scale} times faster than the wall clock
 * (scale 1 = real time). Used to create many sandbox tasks at one instant and to accelerate 30–120 s tasks.
 * Both the sandbox and the client may read the same instance, so they agree on time exactly.
 */
public final class ScaledClock extends Clock {
    private final Instant origin;
    private final double scale;
    private final LongSupplier nanoTime;
    private volatile long startedAtNanos = Long.MIN_VALUE;
    private volatile Duration frozenOffset = Duration.ZERO;

    /**
     * @param origin the instant shown until {@link #start()}
     * @param scale  how many clock seconds pass per wall second once started (&gt; 0)
     * @param nanoTime the wall time source, {@link System#nanoTime()} outside tests
     */
    public ScaledClock(Instant origin, double scale, LongSupplier nanoTime) {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("scale must be > 0 (was " + scale + ")");
        }
        this.origin = origin;
        this.scale = scale;
        this.nanoTime = nanoTime;
    }

    /** @param scale clock seconds per wall second; the origin is now and the clock is frozen until started */
    public static ScaledClock frozen(double scale) {
        return new ScaledClock(Instant.now(), scale, System::nanoTime);
    }

    /** Lets time run from the origin. Idempotent. */
    public synchronized void start() {
        if (startedAtNanos == Long.MIN_VALUE) {
            startedAtNanos = nanoTime.getAsLong();
        }
    }

    /** Stops the clock at its origin again, as if it had never started. */
    public synchronized void freeze() {
        freezeAt(Duration.ZERO);
    }

    /**
     * Stops the clock at {@code origin + offset} until {@link #start()}, which still runs time from the origin:
     * a task created at offset -60 s is 60 s old when the clock starts.
     *
     * @param offset where the frozen clock stands, relative to the origin
     */
    public synchronized void freezeAt(Duration offset) {
        frozenOffset = offset;
        startedAtNanos = Long.MIN_VALUE;
    }

    /** @return clock seconds per wall second */
    public double scale() {
        return scale;
    }

    /** @param clockTime a span of this clock's time @return the wall time it takes */
    public Duration toWall(Duration clockTime) {
        return Duration.ofNanos((long) (clockTime.toNanos() / scale));
    }

    @Override
    public Instant instant() {
        long started = startedAtNanos;
        if (started == Long.MIN_VALUE) {
            return origin.plus(frozenOffset);
        }
        return origin.plusNanos((long) ((nanoTime.getAsLong() - started) * scale));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("ScaledClock is UTC only");
    }
}
