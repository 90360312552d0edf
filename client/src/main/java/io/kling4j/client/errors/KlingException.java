package io.kling4j.client.errors;

/**
 * Base class of every error kling4j throws. Unchecked; catch a subclass to handle one kind of failure.
 * Every instance carries the HTTP status (0 when no response arrived), RunAPI's {@code error.code}, the
 * request id, the raw body (size-capped) and the retry count. Messages never contain the API key.
 */
public class KlingException extends RuntimeException {
    private transient volatile ErrorDetails details;
    private transient volatile CreateAttempt createAttempt;

    /**
     * @param message what went wrong, for people
     * @param details what is known about the failed call
     * @param cause the underlying error, or null
     */
    public KlingException(String message, ErrorDetails details, Throwable cause) {
        super(message, cause);
        this.details = details == null ? ErrorDetails.none() : details;
    }

    /** @return the HTTP status, or 0 when no response arrived */
    public int status() {
        return details.status();
    }

    /** @return RunAPI's machine-readable {@code error.code}, or null when the server sent none */
    public String code() {
        return details.code();
    }

    /** @return the {@code x-request-id} of the failed response, or null */
    public String requestId() {
        return details.requestId();
    }

    /** @return the raw response body (at most {@link ErrorDetails#MAX_BODY_CHARS} characters), or null */
    public String rawBody() {
        return details.rawBody();
    }

    /** @return how many retries were made before this error was raised */
    public int retryCount() {
        return details.retryCount();
    }

    /**
     * Records how many retries preceded this error. Called by kling4j's retry loop; not meant for users.
     *
     * @param retries the number of retries made
     * @return this exception
     */
    public KlingException recordRetryCount(int retries) {
        details = details.withRetryCount(retries);
        return this;
    }

    /**
     * @return the {@code Idempotency-Key} a failed create sent on every attempt, or null when this error did not come
     *     from a create (or nothing was sent)
     */
    public String idempotencyKey() {
        CreateAttempt attempt = createAttempt;
        return attempt == null ? null : attempt.idempotencyKey();
    }

    /**
     * @return true when this error ended a create of which an attempt may have reached RunAPI, so the task may
     *     exist and be charged: recover it with {@link io.kling4j.client.KlingClient#recover(KlingException)} (or
     *     create again with {@code RequestOptions.none().idempotencyKey(idempotencyKey())}) rather than submitting
     *     a fresh request, which would pay twice
     */
    public boolean taskMayExist() {
        CreateAttempt attempt = createAttempt;
        return attempt != null && attempt.taskMayExist();
    }

    /** @return what the failed create sent, when this error ended a create; empty otherwise */
    public java.util.Optional<CreateAttempt> createAttempt() {
        return java.util.Optional.ofNullable(createAttempt);
    }

    /**
     * Records the create this error ended. Called by kling4j's create path; not meant for users.
     *
     * @param attempt what the create sent
     * @return this exception
     */
    public KlingException recordCreateAttempt(CreateAttempt attempt) {
        this.createAttempt = attempt;
        return this;
    }

    /** @return the message; after a create that may have made its task, it says so and names the key to recover it */
    @Override
    public String getMessage() {
        CreateAttempt attempt = createAttempt;
        String message = super.getMessage();
        if (attempt == null || !attempt.taskMayExist()) {
            return message;
        }
        return message + "; the task may exist and be charged: recover it with the same Idempotency-Key "
                + attempt.idempotencyKey() + " (KlingClient.recover) instead of submitting again";
    }

    /** @return all details at once */
    public ErrorDetails details() {
        return details;
    }
}
