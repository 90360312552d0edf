package io.kling4j.client;

import java.time.Duration;
import java.util.Objects;

/**
 * When to poll next: a pure function of the number of polls made and the time since the wait began.
 *
 * <p>The default, {@link #typicalGeneration()}, is shaped by how long Kling tasks take on RunAPI (usually 30 to
 * 120 s): every 2 s for the first 10 s (quick failures and replays), every 5 s until 25 s (tasks seldom finish
 * that early), every 2 s until 5 minutes (the completion window, polled as densely as RunAPI's SDK does), then
 * every 10 s. Measured against RunAPI's SDK's fixed 2 s polling (docs/benchmarks.md, figure 3) it makes fewer
 * polls for the same detection delay.
 */
@FunctionalInterface
public interface PollSchedule {
    /**
     * @param pollNumber polls made so far minus one (0 after the first poll)
     * @param elapsed time since the wait began
     * @return how long to wait before the next poll
     */
    Duration delayAfter(int pollNumber, Duration elapsed);

    /** @return the default schedule described above */
    static PollSchedule typicalGeneration() {
        return (n, elapsed) -> {
            long s = elapsed.toSeconds();
            return Duration.ofSeconds(s < 10 ? 2 : s < 25 ? 5 : s < 300 ? 2 : 10);
        };
    }

    /**
     * @param interval time between polls
     * @return a fixed-rate schedule
     */
    static PollSchedule fixed(Duration interval) {
        Objects.requireNonNull(interval, "interval");
        return (n, elapsed) -> interval;
    }

    /**
     * @param initial delay after the first poll
     * @param max longest delay
     * @param factor growth per poll (at least 1)
     * @return {@code min(initial × factor^n, max)}
     */
    static PollSchedule backoff(Duration initial, Duration max, double factor) {
        return (n, elapsed) -> {
            double nanos = initial.toNanos() * Math.pow(factor, Math.min(n, 64));
            return Duration.ofNanos((long) Math.min(nanos, max.toNanos()));
        };
    }
}
