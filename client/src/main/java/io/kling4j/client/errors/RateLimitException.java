package io.kling4j.client.errors;

import java.time.Duration;

/**
 * 429: too many requests. {@link #retryAfter()} tells how long RunAPI asked to wait, when it said. Retried
 * automatically (after the server's {@code Retry-After} when it is at most {@code RetryPolicy.maxRetryAfter});
 * raised when the retries ran out or the asked-for wait was too long.
 */
public class RateLimitException extends ApiErrorException {
    /**
     * @param message what went wrong
     * @param details what is known about the failed call
     * @param retryAfter the parsed {@code Retry-After}, or null when absent
     */
    public RateLimitException(String message, ErrorDetails details, Duration retryAfter) {
        super(message, details, null);
        recordRetryHints(retryAfter, null);
    }
}
