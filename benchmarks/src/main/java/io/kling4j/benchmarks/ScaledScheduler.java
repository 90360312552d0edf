package io.kling4j.benchmarks;

import io.kling4j.client.Scheduler;
import java.time.Duration;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** A {@link Scheduler} whose delays are in {@link ScaledClock} time: a 2 s poll delay at scale 20 waits 100 ms. */
final class ScaledScheduler implements Scheduler {
    private final ScheduledExecutorService executor;
    private final ScaledClock clock;

    ScaledScheduler(ScheduledExecutorService executor, ScaledClock clock) {
        this.executor = executor;
        this.clock = clock;
    }

    @Override
    public Future<?> schedule(Runnable task, Duration delay) {
        return executor.schedule(task, Math.max(0, clock.toWall(delay).toNanos()), TimeUnit.NANOSECONDS);
    }
}
