package io.kling4j.client;

import java.time.Duration;

/**
 * Hears about a wait's progress: called on the first poll and whenever the task's status changes. It runs on
 * one of the client's two HTTP threads, so it must return quickly: hand slow work to your own executor.
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
