package io.kling4j.client.internal;

import io.kling4j.client.errors.ClientClosedException;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The client's pending calls, so that {@code close()} can end them: every tracked future still pending is completed
 * with a {@link ClientClosedException}, and every registered abort (a blocking download's thread) is run. After
 * {@link #close()} every new call fails at once. A future is forgotten as soon as it completes.
 */
public final class InFlight {
    private final Set<CompletableFuture<?>> futures = ConcurrentHashMap.newKeySet();
    private final Set<Runnable> aborts = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /** @return true once {@link #close()} has started */
    public boolean isClosed() {
        return closed;
    }

    /**
     * @param what the call that cannot run, for the message
     * @return the error every call gets after {@code close()}
     */
    public static ClientClosedException closedError(String what) {
        return new ClientClosedException(what + ": the kling4j client is closed");
    }

    /**
     * @param what the call, for the message
     * @throws ClientClosedException when the client is closed
     */
    public void requireOpen(String what) {
        if (closed) {
            throw closedError(what);
        }
    }

    /**
     * @param future a pending call
     * @param what the call, for the message if {@code close()} ends it
     * @param <T> its result type
     * @return the same future, ended with a {@link ClientClosedException} if the client is or gets closed first
     */
    public <T> CompletableFuture<T> track(CompletableFuture<T> future, String what) {
        if (future.isDone()) {
            return future;
        }
        futures.add(future);
        future.whenComplete((v, e) -> futures.remove(future));
        if (closed) { // closed while adding: close() may have missed it
            future.completeExceptionally(closedError(what));
        }
        return future;
    }

    /**
     * @param abort what ends a blocking call at once (e.g. interrupting its thread)
     * @return a handle to call when the blocking call ends, which forgets the abort
     */
    public Runnable onClose(Runnable abort) {
        aborts.add(abort);
        if (closed) {
            abort.run();
        }
        return () -> aborts.remove(abort);
    }

    /** Ends every pending call with a {@link ClientClosedException}; later calls fail at once. */
    public void close() {
        closed = true;
        for (CompletableFuture<?> future : futures.toArray(new CompletableFuture<?>[0])) {
            future.completeExceptionally(closedError("pending call ended by close()"));
        }
        for (Runnable abort : aborts.toArray(new Runnable[0])) {
            abort.run();
        }
    }

    /** @return how many calls are pending (for tests) */
    public int pendingCount() {
        return futures.size();
    }
}
