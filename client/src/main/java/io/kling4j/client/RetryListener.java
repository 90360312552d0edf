package io.kling4j.client;

import io.kling4j.client.errors.KlingException;
import java.time.Duration;

/**
 * Told before every retry the client makes, so that a waiting user hears about it (the CLI prints one stderr
 * line per retry). Called on the thread that saw the failure; keep it short and never throw.
 */
@FunctionalInterface
public interface RetryListener {
    /**
     * @param operation  the call being retried, e.g. {@code create <segment>}
     * @param error      why the last attempt failed (its message names the host and the cause)
     * @param retry      which retry comes next, 1-based
     * @param maxRetries how many retries the policy allows
     * @param delay      how long the client waits before that retry
     */
    void onRetry(String operation, KlingException error, int retry, int maxRetries, Duration delay);

    /** @return a listener that ignores retries (the default) */
    static RetryListener none() {
        return (operation, error, retry, maxRetries, delay) -> { };
    }
}
