package io.kling4j.client.errors;

/** 403: the key is valid but may not use this model or endpoint. */
public class PermissionDeniedException extends ApiErrorException {
    /**
     * @param message what went wrong
     * @param details what is known about the failed call
     * @param cause the underlying error, or null
     */
    public PermissionDeniedException(String message, ErrorDetails details, Throwable cause) {
        super(message, details, cause);
    }
}
