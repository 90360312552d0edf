package io.kling4j.client.internal;

import io.kling4j.client.ForwardingHttpClient;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

/**
 * The bottom of kling4j's HTTP stack: every request goes out with the JDK's blocking {@code send}, never with
 * {@code sendAsync}. The JDK's {@code sendAsync} completes every response through {@code CompletableFuture}'s
 * default executor, which is the common pool, or a new thread per response when the JVM sees 2 CPUs or fewer
 * (JDK-8204339; 76,507 threads started in the 20,000-task soak of docs/benchmarks.md). Here a request runs:
 * <ul>
 *   <li>on the calling thread, when that thread is inside a blocking call ({@link #inline(Supplier)}): a blocking
 *       {@code get}, {@code waitFor} poll or {@code balance} pays no thread hand-off;</li>
 *   <li>otherwise on the client's own bounded I/O threads ({@code kling4j-io-N}), where the response's future is
 *       completed: every async continuation of kling4j (retries, waits, listeners) runs there or on the
 *       scheduler, never on a JDK pool.</li>
 * </ul>
 * Cancelling a returned future interrupts its send, which aborts the exchange.
 */
public final class BlockingSendHttpClient extends ForwardingHttpClient {
    private static final ThreadLocal<Boolean> INLINE = new ThreadLocal<>();
    private final ExecutorService io;
    private final InFlight inFlight;

    /**
     * @param delegate the JDK client that does the work
     * @param io the bounded executor for sends that are not inline
     * @param inFlight the client's pending calls: its {@code close()} interrupts an inline send in progress
     */
    public BlockingSendHttpClient(HttpClient delegate, ExecutorService io, InFlight inFlight) {
        super(delegate);
        this.io = io;
        this.inFlight = inFlight;
    }

    /**
     * Runs a blocking call so that its first request is sent on this thread.
     *
     * @param call the call
     * @param <T> its result
     * @return its result
     */
    public static <T> T inline(Supplier<T> call) {
        Boolean before = INLINE.get();
        INLINE.set(Boolean.TRUE);
        try {
            return call.get();
        } finally {
            if (before == null) {
                INLINE.remove();
            } else {
                INLINE.set(before);
            }
        }
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        return delegate.send(request, handler);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        if (Boolean.TRUE.equals(INLINE.get())) { // a blocking call's thread: send right here
            Thread caller = Thread.currentThread();
            Runnable forget = inFlight.onClose(caller::interrupt); // the JDK's send cancels its exchange when interrupted
            try {
                return CompletableFuture.completedFuture(delegate.send(request, handler));
            } catch (IOException | RuntimeException e) {
                return CompletableFuture.failedFuture(e);
            } catch (InterruptedException e) {
                if (!inFlight.isClosed()) {
                    caller.interrupt(); // the caller's own interrupt: keep it
                }
                return CompletableFuture.failedFuture(e);
            } finally {
                forget.run();
                if (inFlight.isClosed()) {
                    Thread.interrupted(); // close()'s interrupt, not the caller's
                }
            }
        }
        CompletableFuture<HttpResponse<T>> out = new CompletableFuture<>();
        Future<?> task;
        try {
            task = io.submit(() -> {
                if (out.isDone()) {
                    return;
                }
                try {
                    out.complete(delegate.send(request, handler));
                } catch (InterruptedException e) {
                    out.completeExceptionally(e); // cancelled, or the client closed
                } catch (Throwable t) {
                    out.completeExceptionally(t);
                }
            });
        } catch (RejectedExecutionException closed) {
            out.completeExceptionally(new IOException("the kling4j client is closed", closed));
            return out;
        }
        out.whenComplete((v, e) -> {
            if (out.isCancelled()) {
                task.cancel(true);
            }
        });
        return out;
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
            HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
        return sendAsync(request, handler); // kling4j never uses server push
    }
}
