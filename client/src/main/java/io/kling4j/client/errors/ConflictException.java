package io.kling4j.client.errors;

/** 409: the request conflicts with the state of a resource (for example a source task not ready yet). */
public class ConflictException extends ApiErrorException {
    /**
     * @param message what went wrong
     * @param details what is known about the failed call
     * @param cause the underlying error, or null
     */
    public ConflictException(String message, ErrorDetails details, Throwable cause) {
        super(message, details, cause);
    }
}
