package io.kling4j.client.errors;

/** No HTTP response: the connection failed, was reset or could not be established. */
public class NetworkException extends KlingException {
    /**
     * @param message what went wrong
     * @param details what is known about the failed call
     * @param cause the underlying error, or null
     */
    public NetworkException(String message, ErrorDetails details, Throwable cause) {
        super(message, details, cause);
    }
}
