package io.kling4j.client.internal;

import io.kling4j.client.RetryListener;
import io.kling4j.client.RetryPolicy;
import io.kling4j.client.Scheduler;
import io.kling4j.client.errors.ApiErrorException;
import io.kling4j.client.errors.KlingException;
import io.kling4j.client.errors.NetworkException;
import io.kling4j.client.errors.RateLimitException;
import io.kling4j.client.errors.RequestTimeoutException;
import io.kling4j.client.errors.ServerException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.function.DoubleSupplier;
import java.util.function.IntFunction;

/**
 * Runs one logical call with retries, without blocking a thread between attempts: each back-off is a task
 * on the {@link Scheduler}. Cancelling the returned future stops further attempts.
 */
public final class Retrier {
    private final Scheduler scheduler;
    private final DoubleSupplier random;
    private final RetryListener listener;
    private final String target;

    /**
     * @param scheduler where back-offs wait
     * @param random jitter source in [0, 1)
     */
    public Retrier(Scheduler scheduler, DoubleSupplier random) {
        this(scheduler, random, RetryListener.none(), null);
    }

    /**
     * @param scheduler where back-offs wait
     * @param random jitter source in [0, 1)
     * @param listener told before every retry
     * @param target the {@code host:port} the calls go to, named in network error messages; null if unknown
     */
    public Retrier(Scheduler scheduler, DoubleSupplier random, RetryListener listener, String target) {
        this.scheduler = scheduler;
        this.random = random;
        this.listener = listener == null ? RetryListener.none() : listener;
        this.target = target;
    }

    /**
     * @param policy how often and how long to retry
     * @param operation a short name of the call, for messages
     * @param attempt makes attempt number n (0 for the first); it must send the retry count n as a header
     * @param <T> the result type
     * @return the result of the first successful attempt, or the last failure as a {@link KlingException}
     */
    public <T> CompletableFuture<T> run(RetryPolicy policy, String operation, IntFunction<CompletableFuture<T>> attempt) {
        return run(policy, operation, null, attempt);
    }

    /**
     * @param policy how often and how long to retry
     * @param operation a short name of the call, for messages
     * @param timeout the request timeout of each attempt, named in timeout messages; null if unknown
     * @param attempt makes attempt number n (0 for the first); it must send the retry count n as a header
     * @param <T> the result type
     * @return the result of the first successful attempt, or the last failure as a {@link KlingException}
     */
    public <T> CompletableFuture<T> run(RetryPolicy policy, String operation, Duration timeout,
            IntFunction<CompletableFuture<T>> attempt) {
        CompletableFuture<T> result = new CompletableFuture<>();
        new Loop<>(policy, operation, timeout, attempt, result).attempt(0);
        return result;
    }

    /**
     * @param e a failure
     * @return true when a retry may succeed: the server said so ({@code X-Should-Retry: true}), or it did not
     *     say no ({@code X-Should-Retry: false}) and the failure is a connection error, a timeout, a body cut
     *     off mid-way, 408, 429 or 5xx
     */
    public static boolean isRetryable(KlingException e) {
        if (e instanceof ApiErrorException api && api.shouldRetry().isPresent()) {
            return api.shouldRetry().get();
        }
        return e instanceof NetworkException || e instanceof RequestTimeoutException
                || e instanceof RateLimitException || e instanceof ServerException
                || ErrorMapper.isCutOffBody(e)
                || (e instanceof ApiErrorException && e.status() == 408);
    }

    /**
     * @param e a failure
     * @return the wait the server asked for ({@code Retry-After-Ms} / {@code Retry-After} on any HTTP error),
     *     or null
     */
    public static Duration serverRetryAfter(KlingException e) {
        return e instanceof ApiErrorException api ? api.retryAfter().orElse(null) : null;
    }

    private final class Loop<T> {
        private final RetryPolicy policy;
        private final String operation;
        private final Duration timeout;
        private final IntFunction<CompletableFuture<T>> attempt;
        private final CompletableFuture<T> result;
        private volatile Future<?> pending;

        Loop(RetryPolicy policy, String operation, Duration timeout, IntFunction<CompletableFuture<T>> attempt,
                CompletableFuture<T> result) {
            this.policy = policy;
            this.operation = operation;
            this.timeout = timeout;
            this.attempt = attempt;
            this.result = result;
            result.whenComplete((v, e) -> {
                Future<?> p = pending;
                if (result.isCancelled() && p != null) {
                    p.cancel(false);
                }
            });
        }

        void attempt(int n) {
            if (result.isDone()) {
                return;
            }
            CompletableFuture<T> call;
            try {
                call = attempt.apply(n);
            } catch (RuntimeException e) {
                call = CompletableFuture.failedFuture(e);
            }
            call.whenComplete((value, failure) -> {
                if (failure == null) {
                    result.complete(value);
                    return;
                }
                KlingException error = ErrorMapper.map(failure, operation, target, timeout).recordRetryCount(n);
                Duration delay = nextDelay(error, n + 1);
                if (delay == null || result.isDone()) {
                    result.completeExceptionally(error);
                } else {
                    tell(error, n + 1, delay);
                    Future<?> next = scheduler.schedule(() -> attempt(n + 1), delay);
                    pending = next;
                    if (result.isDone()) {
                        next.cancel(false); // cancelled while scheduling
                    }
                }
            });
        }

        private void tell(KlingException error, int retry, Duration delay) {
            try {
                listener.onRetry(operation, error, retry, policy.maxRetries(), delay);
            } catch (RuntimeException ignored) {
                // a listener must not break the retry loop
            }
        }

        private Duration nextDelay(KlingException error, int retry) {
            if (retry > policy.maxRetries() || !isRetryable(error)) {
                return null;
            }
            Duration retryAfter = serverRetryAfter(error);
            if (retryAfter != null && retryAfter.compareTo(policy.maxRetryAfter()) > 0) {
                return null; // the server asked for a longer pause than the caller allows: surface it
            }
            return policy.delayBefore(retry, retryAfter, random);
        }
    }
}
