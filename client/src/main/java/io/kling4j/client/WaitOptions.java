package io.kling4j.client;

import java.time.Duration;
import java.util.Objects;

/**
 * How to wait for a task. Defaults: give up after {@link #DEFAULT_TIMEOUT} (15 minutes, measured from the start
 * of the wait); no listener.
 *
 * <p><b>Poll policy.</b> The first status call is made at once. After poll {@code n} (0-based) the next one
 * follows after {@code min(initial × factor^n, max)}: by default 1 s, 1.5 s, 2.25 s, 3.4 s, then every 5 s
 * ({@link Builder#pollBackoff}); {@link Builder#pollInterval} polls at a fixed rate instead. Generation usually
 * takes 30–120 s, so early polls are short and later ones sparse. Each poll is one status call with the client's
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
    private final Duration initialPollInterval;
    private final Duration maxPollInterval;
    private final double backoffFactor;
    private final WaitListener listener;

    private WaitOptions(Builder b) {
        this.timeout = b.timeout;
        this.initialPollInterval = b.initialPollInterval;
        this.maxPollInterval = b.maxPollInterval;
        this.backoffFactor = b.backoffFactor;
        this.listener = b.listener;
    }

    /** @return the defaults */
    public static WaitOptions defaults() {
        return builder().build();
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
     * @return how long to wait before the next poll
     */
    public Duration pollDelay(int pollNumber) {
        double nanos = initialPollInterval.toNanos() * Math.pow(backoffFactor, Math.min(pollNumber, 64));
        return Duration.ofNanos((long) Math.min(nanos, maxPollInterval.toNanos()));
    }

    @Override
    public String toString() {
        return "WaitOptions{timeout=" + timeout + ", poll=" + initialPollInterval + "→" + maxPollInterval
                + " ×" + backoffFactor + "}";
    }

    /** Builds {@link WaitOptions}. */
    public static final class Builder {
        private Duration timeout = DEFAULT_TIMEOUT;
        private Duration initialPollInterval = Duration.ofSeconds(1);
        private Duration maxPollInterval = Duration.ofSeconds(5);
        private double backoffFactor = 1.5;
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
            this.initialPollInterval = positive("pollInterval", interval);
            this.maxPollInterval = interval;
            this.backoffFactor = 1.0;
            return this;
        }

        /**
         * @param initial delay after the first poll (default 1 s)
         * @param max longest delay between polls (default 5 s)
         * @param factor growth per poll, at least 1 (default 1.5)
         * @return this builder
         */
        public Builder pollBackoff(Duration initial, Duration max, double factor) {
            this.initialPollInterval = positive("initial poll interval", initial);
            this.maxPollInterval = positive("max poll interval", max);
            if (max.compareTo(initial) < 0) {
                throw new IllegalArgumentException("max poll interval must be >= the initial one (" + max + " < "
                        + initial + ")");
            }
            if (!(factor >= 1.0)) {
                throw new IllegalArgumentException("poll backoff factor must be >= 1 (was " + factor + ")");
            }
            this.backoffFactor = factor;
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
