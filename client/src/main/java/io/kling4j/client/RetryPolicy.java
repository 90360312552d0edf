package io.kling4j.client;

import java.time.Duration;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * When and how long to wait before retrying a failed call.
 *
 * <p><b>What is retried:</b> connection errors (refused, reset, closed before the answer), request timeouts, a
 * 2xx body cut off before its {@code Content-Length}, 408, 429 and 5xx. The server can overrule this per
 * response: {@code X-Should-Retry: true} makes any error status retryable (this is the only way a 409 is
 * retried), {@code X-Should-Retry: false} vetoes a retry of anything. Creates are retried safely because every
 * submit carries one {@code Idempotency-Key}, reused by all its attempts; every attempt sends its retry count in
 * {@code X-Kling4j-Retry-Count}.
 *
 * <p><b>How long:</b> when the error response carries {@code Retry-After-Ms} (milliseconds) or {@code Retry-After}
 * (seconds or an HTTP date) — on 429, 503 or any other status — the client waits exactly that long, if it is at
 * most {@link #maxRetryAfter()}; a longer one ends the retries and surfaces the error (its {@code retryAfter()}
 * tells the caller how long the server asked for). Otherwise it backs off exponentially: {@code initialBackoff}
 * doubling per retry up to {@code maxBackoff}, with jitter that shortens each wait by up to 25 %.
 *
 * <p>Defaults ({@link #defaults()}): {@value #DEFAULT_MAX_RETRIES} retries (3 attempts); back-off 0.5 s, 1 s,
 * ... capped at 8 s; {@code maxRetryAfter} 60 s. Downloads reuse {@code maxRetries} as their number of resumes.
 *
 * @param maxRetries retries after the first attempt (0 disables retries)
 * @param initialBackoff wait before the first retry
 * @param maxBackoff cap of the exponential back-off
 * @param maxRetryAfter the longest {@code Retry-After} the client waits for on its own
 */
public record RetryPolicy(int maxRetries, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {
    /** Default number of retries. */
    public static final int DEFAULT_MAX_RETRIES = 2;

    public RetryPolicy {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be >= 0 (was " + maxRetries + ")");
        }
        requirePositive("initialBackoff", initialBackoff);
        requirePositive("maxBackoff", maxBackoff);
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
    }

    /** @return the documented defaults */
    public static RetryPolicy defaults() {
        return new RetryPolicy(DEFAULT_MAX_RETRIES, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(60));
    }

    /** @return a policy that never retries */
    public static RetryPolicy none() {
        return defaults().withMaxRetries(0);
    }

    /**
     * @param retries retries after the first attempt
     * @return a copy with that many retries
     */
    public RetryPolicy withMaxRetries(int retries) {
        return new RetryPolicy(retries, initialBackoff, maxBackoff, maxRetryAfter);
    }

    /**
     * The wait before retry number {@code retry} (1-based).
     *
     * @param retry which retry is next (1 for the first)
     * @param retryAfter the server's {@code Retry-After}, or null
     * @param random a source of numbers in [0, 1) for jitter
     * @return how long to wait
     */
    public Duration delayBefore(int retry, Duration retryAfter, DoubleSupplier random) {
        if (retryAfter != null) {
            return retryAfter.isNegative() ? Duration.ZERO : retryAfter;
        }
        long base = initialBackoff.toNanos() << Math.min(30, retry - 1);
        long capped = Math.min(base <= 0 ? Long.MAX_VALUE : base, maxBackoff.toNanos());
        return Duration.ofNanos((long) (capped * (1.0 - 0.25 * random.getAsDouble())));
    }

    private static void requirePositive(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive (was " + value + ")");
        }
    }
}
