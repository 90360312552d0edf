package io.kling4j.client;

import java.time.Duration;
import java.util.Objects;

/**
 * How to wait for a task. Defaults: give up after {@link #DEFAULT_TIMEOUT} (15 minutes, measured from the start
 * of the wait); no listener.
 *
 * <p><b>Poll policy.</b> The first status call is made at once. After poll {@code n} (0-based) the next one
 * follows after the delay of the {@link PollSchedule}: by default {@link PollSchedule#typicalGeneration()} (every
 * 2 s for the first 10 s, every 5 s until 25 s, every 2 s until 5 minutes, then every 10 s; generation usually
 * takes 30–120 s); {@link Builder#pollInterval} polls at a fixed rate, {@link Builder#pollBackoff} backs off
 * exponentially, {@link Builder#pollSchedule} takes any function. Each poll is one status call with the client's
 * retries ({@link RetryPolicy}); a poll that still fails with a transient error (network, timeout, 408, 429,
 * 5xx) does not end the wait, and when the server sent {@code Retry-After} / {@code Retry-After-Ms} the next poll
 * waits exactly that long instead of the back-off. Any other error ends the wait with that error. The last
 * delay is shortened to end at the deadline, where one final poll is made before {@code WaitTimeoutException}.
 *
 * <p>The wait parks no thread: polls are scheduled on the client's {@link Scheduler}. Cancelling the future of
 * {@code waitForAsync} stops the polling; interrupting a thread blocked in {@code waitFor} cancels its wait the
 * same way. A webhook delivered through {@code KlingClient.webhooks()} ends a pending wait at once.
 */
public final class WaitOptions {
    /** Default deadline of a whole wait. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(15);

    private final Duration timeout;
    private final PollSchedule schedule;
    private final String scheduleName;
    private final WaitListener listener;

    private WaitOptions(Builder b) {
        this.timeout = b.timeout;
        this.schedule = b.schedule;
        this.scheduleName = b.scheduleName;
        this.listener = b.listener;
    }

    /** @return the defaults */
    public static WaitOptions defaults() {
        return Defaults.INSTANCE;
    }

    /** Built on first use (after the static fields of {@code WaitOptions} and its builder); immutable, shared. */
    private static final class Defaults {
        static final WaitOptions INSTANCE = builder().build();
    }

    /** @return a builder starting from the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the deadline of the whole wait, measured from its start */
    public Duration timeout() {
        return timeout;
    }

    /** @return the listener of status changes */
    public WaitListener listener() {
        return listener;
    }

    /**
     * @param pollNumber 0 for the delay after the first poll
     * @param elapsed time since the wait began
     * @return how long to wait before the next poll
     */
    public Duration pollDelay(int pollNumber, Duration elapsed) {
        return schedule.delayAfter(pollNumber, elapsed);
    }

    @Override
    public String toString() {
        return "WaitOptions{timeout=" + timeout + ", poll=" + scheduleName + "}";
    }

    /** Builds {@link WaitOptions}. */
    public static final class Builder {
        private Duration timeout = DEFAULT_TIMEOUT;
        private PollSchedule schedule = PollSchedule.typicalGeneration();
        private String scheduleName = "typical generation (2 s to 10 s, 5 s to 25 s, 2 s to 5 min, then 10 s)";
        private WaitListener listener = WaitListener.none();

        private Builder() {
        }

        /**
         * @param timeout deadline of the whole wait (default 15 min)
         * @return this builder
         */
        public Builder timeout(Duration timeout) {
            this.timeout = positive("timeout", timeout);
            return this;
        }

        /**
         * Polls at a fixed interval (no back-off).
         *
         * @param interval time between polls
         * @return this builder
         */
        public Builder pollInterval(Duration interval) {
            this.schedule = PollSchedule.fixed(positive("pollInterval", interval));
            this.scheduleName = "every " + interval;
            return this;
        }

        /**
         * Exponential back-off between polls: {@code min(initial × factor^n, max)}.
         *
         * @param initial delay after the first poll
         * @param max longest delay between polls
         * @param factor growth per poll, at least 1
         * @return this builder
         */
        public Builder pollBackoff(Duration initial, Duration max, double factor) {
            positive("initial poll interval", initial);
            positive("max poll interval", max);
            if (max.compareTo(initial) < 0) {
                throw new IllegalArgumentException("max poll interval must be >= the initial one (" + max + " < "
                        + initial + ")");
            }
            if (!(factor >= 1.0)) {
                throw new IllegalArgumentException("poll backoff factor must be >= 1 (was " + factor + ")");
            }
            this.schedule = PollSchedule.backoff(initial, max, factor);
            this.scheduleName = initial + "→" + max + " ×" + factor;
            return this;
        }

        /**
         * @param schedule when to poll next (default {@link PollSchedule#typicalGeneration()})
         * @param name how {@code toString()} names it
         * @return this builder
         */
        public Builder pollSchedule(PollSchedule schedule, String name) {
            this.schedule = Objects.requireNonNull(schedule, "schedule");
            this.scheduleName = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * @param listener told about every status change
         * @return this builder
         */
        public Builder listener(WaitListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /** @return the options */
        public WaitOptions build() {
            return new WaitOptions(this);
        }

        private static Duration positive(String name, Duration d) {
            Objects.requireNonNull(d, name);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive (was " + d + ")");
            }
            return d;
        }
    }
}
