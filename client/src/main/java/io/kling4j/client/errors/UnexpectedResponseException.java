package io.kling4j.client.errors;

/** The server answered 2xx but the body is not what the spec describes (malformed, truncated, or missing a required field). */
public class UnexpectedResponseException extends KlingException {
    /**
     * @param message what went wrong
     * @param details what is known about the failed call
     * @param cause the underlying error, or null
     */
    public UnexpectedResponseException(String message, ErrorDetails details, Throwable cause) {
        super(message, details, cause);
    }
}
