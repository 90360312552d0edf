package io.kling4j.client;

import java.time.Duration;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs a task after a delay. Polls and retry back-offs are scheduled here instead of sleeping on a thread,
 * so thousands of waits share a thread or two. Tests inject a manual implementation to move time by hand.
 */
@FunctionalInterface
public interface Scheduler {
    /**
     * @param task what to run
     * @param delay how long to wait first (zero or negative runs as soon as possible)
     * @return a handle that cancels the run
     */
    Future<?> schedule(Runnable task, Duration delay);

    /**
     * @param executor the executor to schedule on (not shut down by kling4j)
     * @return a scheduler backed by it
     */
    static Scheduler of(ScheduledExecutorService executor) {
        return (task, delay) -> executor.schedule(task, Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
    }
}
