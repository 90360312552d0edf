package io.kling4j.client.errors;

/**
 * The {@link io.kling4j.client.KlingClient} was closed: thrown at once by every call made after
 * {@code close()}, and used to end every call, wait and download still pending when {@code close()} ran. A task
 * whose create was pending may exist: see {@link KlingException#createAttempt()}.
 */
public class ClientClosedException extends KlingException {
    /**
     * @param message what was cut short
     */
    public ClientClosedException(String message) {
        super(message, ErrorDetails.none(), null);
    }
}
