package io.kling4j.benchmarks;

import io.kling4j.client.WaitOptions;
import java.time.Duration;

/**
 * A poll schedule as a pure function, to model a wait exactly: the first poll at 0, then the delays the schedule
 * gives. {@link #of(WaitOptions)} is the facade's schedule, {@link #fixed(Duration)} the anchor's, and
 * {@link #proposed()} the default this benchmark proposes.
 */
public final class PollSchedule {
    private final String name;
    private final DelayFunction delay;

    /** The delay before the next poll, from the poll number and the time elapsed since the wait began. */
    @FunctionalInterface
    public interface DelayFunction {
        /** @return the delay after poll {@code pollNumber} (0-based) made at {@code elapsed} */
        Duration next(int pollNumber, Duration elapsed);
    }

    private PollSchedule(String name, DelayFunction delay) {
        this.name = name;
        this.delay = delay;
    }

    /** @return the facade's schedule for these options */
    public static PollSchedule of(String name, WaitOptions options) {
        return new PollSchedule(name, options::pollDelay);
    }

    /** @return a fixed interval, as RunAPI's SDK polls (2 s) */
    public static PollSchedule fixed(Duration interval) {
        return new PollSchedule("fixed " + interval.toMillis() / 1000.0 + " s", (n, elapsed) -> interval);
    }

    /**
     * The proposed default, a pure function of elapsed time: every 2 s for the first 10 s (quick failures and
     * fast tasks), every 5 s until 25 s (Kling tasks seldom finish before 30 s), every 2 s until 5 minutes (the
     * usual completion window), then every 10 s.
     *
     * @return the proposed schedule
     */
    public static PollSchedule proposed() {
        return new PollSchedule("proposed", (n, elapsed) -> {
            long s = elapsed.toMillis();
            if (s < 10_000) {
                return Duration.ofSeconds(2);
            }
            if (s < 25_000) {
                return Duration.ofSeconds(5);
            }
            return s < 300_000 ? Duration.ofSeconds(2) : Duration.ofSeconds(10);
        });
    }

    /** @return its name */
    public String name() {
        return name;
    }

    /** @return the delay after poll {@code n} made at {@code elapsed} */
    public Duration next(int n, Duration elapsed) {
        return delay.next(n, elapsed);
    }

    /**
     * @param completesAt when the task completes, from the start of the wait
     * @return {polls made, delay between completion and the poll that saw it, in milliseconds}
     */
    public long[] model(Duration completesAt) {
        Duration t = Duration.ZERO;
        int polls = 0;
        while (true) {
            polls++;
            if (t.compareTo(completesAt) >= 0) {
                return new long[] {polls, t.minus(completesAt).toMillis()};
            }
            t = t.plus(next(polls - 1, t));
        }
    }
}
