package io.kling4j.client.errors;

/** RunAPI answered with an HTTP error status; subclasses name the common ones. */
public class ApiErrorException extends KlingException {
    /**
     * @param message what went wrong
     * @param details what is known about the failed call
     * @param cause the underlying error, or null
     */
    public ApiErrorException(String message, ErrorDetails details, Throwable cause) {
        super(message, details, cause);
    }
}
