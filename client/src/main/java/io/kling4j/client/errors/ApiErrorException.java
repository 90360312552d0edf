package io.kling4j.client.errors;

import java.time.Duration;
import java.util.Optional;

/**
 * RunAPI answered with an HTTP error status; subclasses name the common ones. Besides the {@link ErrorDetails},
 * it keeps the server's retry hints: {@link #retryAfter()} ({@code Retry-After-Ms} or {@code Retry-After}, in
 * seconds or as an HTTP date) and {@link #shouldRetry()} ({@code X-Should-Retry: true|false}).
 */
public class ApiErrorException extends KlingException {
    private volatile Duration retryAfter;
    private volatile Boolean shouldRetry;

    /**
     * @param message what went wrong
     * @param details what is known about the failed call
     * @param cause the underlying error, or null
     */
    public ApiErrorException(String message, ErrorDetails details, Throwable cause) {
        super(message, details, cause);
    }

    /** @return the wait the server asked for before a retry, if it sent {@code Retry-After(-Ms)} */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /**
     * @return the server's explicit retry verdict ({@code X-Should-Retry}), empty when it sent none; {@code true}
     *     makes kling4j retry even a status it would not retry otherwise (such as 409), {@code false} vetoes any
     *     retry
     */
    public Optional<Boolean> shouldRetry() {
        return Optional.ofNullable(shouldRetry);
    }

    /**
     * Records the server's retry hints. Called by kling4j's error mapping; not meant for users.
     *
     * @param wait the parsed {@code Retry-After(-Ms)}, or null
     * @param retry the parsed {@code X-Should-Retry}, or null
     * @return this exception
     */
    public ApiErrorException recordRetryHints(Duration wait, Boolean retry) {
        this.retryAfter = wait;
        this.shouldRetry = retry;
        return this;
    }
}
