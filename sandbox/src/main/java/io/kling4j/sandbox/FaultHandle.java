package io.kling4j.sandbox;

import java.time.Duration;

/**
 * A scripted fault as registered with {@link FaultScript}: how many matching requests it has seen since it was
 * added, how many it hit, and a way to wait until the requests it hit were fully handled (a delayed request, for
 * instance, is still running after the client gave up on it). Thread-safe.
 */
public final class FaultHandle {
    private final String description;
    private int seen;
    private int fired;
    private int done;

    FaultHandle(String description) {
        this.description = description;
    }

    /** @return how many requests matched this fault's method and operation since it was added */
    public synchronized int seen() {
        return seen;
    }

    /** @return how many requests this fault hit */
    public synchronized int fired() {
        return fired;
    }

    /**
     * Blocks until {@code count} requests hit by this fault were completely handled (the sandbox is done with
     * them, answered or not), or the timeout passes.
     *
     * @param count   how many handled requests to wait for
     * @param timeout how long to wait at most
     * @return whether that many were handled in time
     * @throws InterruptedException when interrupted while waiting
     */
    public synchronized boolean awaitHandled(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (done < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    /** Counts one matching request and returns its attempt number (1 for the first). */
    synchronized int countSeen() {
        return ++seen;
    }

    synchronized void countFired() {
        fired++;
    }

    synchronized void countHandled() {
        done++;
        notifyAll();
    }

    @Override
    public String toString() {
        return description;
    }
}
