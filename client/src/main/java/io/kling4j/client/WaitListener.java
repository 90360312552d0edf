package io.kling4j.client;

import java.time.Duration;

/** Hears about a wait's progress: called on the first poll and whenever the task's status changes. */
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
