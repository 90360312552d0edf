package io.kling4j.client.errors;

/** 402: the account has not enough credits for the task. Top up, then submit again. */
public class InsufficientCreditsException extends ApiErrorException {
    /**
     * @param message what went wrong
     * @param details what is known about the failed call
     * @param cause the underlying error, or null
     */
    public InsufficientCreditsException(String message, ErrorDetails details, Throwable cause) {
        super(message, details, cause);
    }
}
