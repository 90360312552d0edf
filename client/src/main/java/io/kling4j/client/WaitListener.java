package io.kling4j.client;

import java.time.Duration;

/**
 * Hears about a wait's progress: called on the first poll and whenever the task's status changes. It runs on the
 * thread whose poll saw the change: the caller's own thread for the first poll of a blocking {@code waitFor}, else
 * one of the client's I/O threads ({@code kling4j-io-N}, {@link KlingClientBuilder#ioThreads(int)}), or the thread
 * that handed a webhook in. Return quickly (no blocking calls on the same client): hand slow work to your own
 * executor. Futures of the client's async calls complete on the same threads.
 */
@FunctionalInterface
public interface WaitListener {
    /**
     * @param task the latest snapshot
     * @param elapsed time since the wait began
     */
    void onUpdate(KlingTask task, Duration elapsed);

    /** @return a listener that ignores every update */
    static WaitListener none() {
        return (task, elapsed) -> { };
    }
}
