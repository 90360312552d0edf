package io.kling4j.client.errors;

/** 400 or 422 from RunAPI, or a request rejected locally before it was sent: a field breaks a rule. */
public class ValidationException extends ApiErrorException {
    /**
     * @param message what went wrong
     * @param details what is known about the failed call
     * @param cause the underlying error, or null
     */
    public ValidationException(String message, ErrorDetails details, Throwable cause) {
        super(message, details, cause);
    }
}
