package io.kling4j.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A scheduler that runs nothing by itself: the test takes each scheduled task, checks its delay, moves the
 * clock by it and runs it. {@link #next()} blocks until the client schedules something (an event, not a sleep).
 */
final class ManualScheduler implements Scheduler {
    /** A scheduled run. */
    record Scheduled(Runnable task, Duration delay, CompletableFuture<Void> handle) {
    }

    final MutableClock clock = new MutableClock();
    private final LinkedBlockingQueue<Scheduled> queue = new LinkedBlockingQueue<>();

    @Override
    public Future<?> schedule(Runnable task, Duration delay) {
        Scheduled s = new Scheduled(task, delay, new CompletableFuture<>());
        queue.add(s);
        return s.handle();
    }

    /** @return the next scheduled run, failing the test if none comes within 10 s */
    Scheduled next() throws InterruptedException {
        Scheduled s = queue.poll(10, TimeUnit.SECONDS);
        if (s == null) {
            throw new AssertionError("nothing was scheduled");
        }
        return s;
    }

    /** Advances the clock by the next run's delay and runs it; returns that delay. */
    Duration runNext() throws InterruptedException {
        Scheduled s = next();
        clock.advance(s.delay());
        if (!s.handle().isCancelled()) {
            s.task().run();
        }
        return s.delay();
    }

    boolean isIdle() {
        return queue.isEmpty();
    }

    /** A clock the test moves. */
    static final class MutableClock extends Clock {
        private volatile Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
