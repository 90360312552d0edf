package io.kling4j.client.errors;

/** One HTTP request took longer than its timeout (see {@code KlingClient.Builder#requestTimeout}). */
public class RequestTimeoutException extends KlingException {
    /**
     * @param message what went wrong
     * @param details what is known about the failed call
     * @param cause the underlying error, or null
     */
    public RequestTimeoutException(String message, ErrorDetails details, Throwable cause) {
        super(message, details, cause);
    }
}
