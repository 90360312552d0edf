package io.kling4j.client.errors;

/** 409 for a reused {@code Idempotency-Key} sent with a different body: the first request's task stands. Use a new key for a new request. */
public class IdempotencyConflictException extends ConflictException {
    /**
     * @param message what went wrong
     * @param details what is known about the failed call
     * @param cause the underlying error, or null
     */
    public IdempotencyConflictException(String message, ErrorDetails details, Throwable cause) {
        super(message, details, cause);
    }
}
