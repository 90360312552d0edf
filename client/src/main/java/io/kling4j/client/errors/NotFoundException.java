package io.kling4j.client.errors;

/** 404: no such task (or path) for this account; check the task id and its endpoint. */
public class NotFoundException extends ApiErrorException {
    /**
     * @param message what went wrong
     * @param details what is known about the failed call
     * @param cause the underlying error, or null
     */
    public NotFoundException(String message, ErrorDetails details, Throwable cause) {
        super(message, details, cause);
    }
}
