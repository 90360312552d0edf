package io.kling4j.client.internal;

import io.kling4j.client.TaskParams;
import io.kling4j.client.errors.ApiErrorException;
import io.kling4j.client.errors.ClientClosedException;
import io.kling4j.client.errors.CreateAttempt;
import io.kling4j.client.errors.KlingException;
import io.kling4j.client.errors.NetworkException;
import io.kling4j.client.errors.RequestTimeoutException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;

/**
 * One logical create across its retries: remembers whether any attempt may have reached RunAPI (and so may have
 * made the task), and stamps the final failure with the {@link CreateAttempt} that recovers the task without paying
 * twice. An attempt may have made the task unless it provably never got there (connection refused, DNS, connect
 * timeout) or RunAPI answered a status that creates nothing (4xx, including 429 and the idempotency 409).
 */
public final class RecoverableCreate {
    private final TaskParams request;
    private final String key;
    private final String operation;
    private volatile boolean mayExist;
    private volatile boolean sent;

    /**
     * @param endpoint where the create goes
     * @param request the request body object
     * @param key the Idempotency-Key every attempt sends
     * @param operation the call's name, for messages
     */
    public RecoverableCreate(TaskParams request, String key, String operation) {
        this.request = request;
        this.key = key;
        this.operation = operation;
    }

    /**
     * @param attempt makes attempt n
     * @param <T> the result type
     * @return the same attempts, watched for failures that may have made the task
     */
    public <T> IntFunction<CompletableFuture<T>> watch(IntFunction<CompletableFuture<T>> attempt) {
        return n -> {
            sent = true;
            CompletableFuture<T> call;
            try {
                call = attempt.apply(n);
            } catch (RuntimeException e) {
                call = CompletableFuture.failedFuture(e);
            }
            return call.whenComplete((v, failure) -> {
                if (failure != null && mayHaveCreated(ErrorMapper.map(failure, operation))) {
                    mayExist = true;
                }
            });
        };
    }

    /**
     * @param retried the create with its retries
     * @param <T> the result type
     * @return a future with the same outcome whose failure carries the {@link CreateAttempt}; cancelling it
     *     cancels the create's retries
     */
    public <T> CompletableFuture<T> stamp(CompletableFuture<T> retried) {
        CompletableFuture<T> out = new CompletableFuture<>();
        retried.whenComplete((value, failure) -> {
            if (failure == null) {
                out.complete(value);
                return;
            }
            KlingException error = ErrorMapper.map(failure, operation);
            boolean exists = mayExist || (error instanceof ClientClosedException && sent);
            out.completeExceptionally(error.recordCreateAttempt(new CreateAttempt(request.endpoint(), request, key, exists)));
        });
        out.whenComplete((v, e) -> {
            if (out.isCancelled()) {
                retried.cancel(false);
            }
        });
        return out;
    }

    /**
     * @param e the failure of one attempt
     * @return false only when the attempt provably made no task
     */
    static boolean mayHaveCreated(KlingException e) {
        if (e instanceof ApiErrorException) {
            return e.status() >= 500;
        }
        if (e instanceof NetworkException || e instanceof RequestTimeoutException) {
            for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
                if (c instanceof ConnectException || c instanceof HttpConnectTimeoutException
                        || c instanceof UnknownHostException || c instanceof UnresolvedAddressException) {
                    return false;
                }
            }
        }
        return true;
    }
}
