package io.kling4j.client.errors;

/** 401: the API key is missing, wrong or revoked. Check {@code RUNAPI_API_KEY}. */
public class AuthenticationException extends ApiErrorException {
    /**
     * @param message what went wrong
     * @param details what is known about the failed call
     * @param cause the underlying error, or null
     */
    public AuthenticationException(String message, ErrorDetails details, Throwable cause) {
        super(message, details, cause);
    }
}
