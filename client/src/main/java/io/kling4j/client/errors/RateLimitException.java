package io.kling4j.client.errors;

import java.time.Duration;
import java.util.Optional;

/** 429: too many requests. {@link #retryAfter()} tells how long RunAPI asked to wait, when it said. */
public class RateLimitException extends ApiErrorException {
    private final Duration retryAfter;

    /**
     * @param message what went wrong
     * @param details what is known about the failed call
     * @param retryAfter the parsed {@code Retry-After}, or null when absent
     */
    public RateLimitException(String message, ErrorDetails details, Duration retryAfter) {
        super(message, details, null);
        this.retryAfter = retryAfter;
    }

    /** @return the wait RunAPI asked for in {@code Retry-After}, if it sent one */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
