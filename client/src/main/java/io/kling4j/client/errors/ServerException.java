package io.kling4j.client.errors;

/** 5xx: RunAPI failed. Retried automatically; raised when the retries ran out. */
public class ServerException extends ApiErrorException {
    /**
     * @param message what went wrong
     * @param details what is known about the failed call
     * @param cause the underlying error, or null
     */
    public ServerException(String message, ErrorDetails details, Throwable cause) {
        super(message, details, cause);
    }
}
