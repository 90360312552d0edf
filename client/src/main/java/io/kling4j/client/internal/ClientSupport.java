package io.kling4j.client.internal;

import io.kling4j.client.Endpoint;
import io.kling4j.client.KlingTask;
import io.kling4j.client.errors.ErrorDetails;
import io.kling4j.client.errors.NetworkException;
import io.kling4j.client.errors.UnexpectedResponseException;
import io.kling4j.generated.ApiResponse;
import io.kling4j.generated.model.TaskCreateResponse;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/** Small helpers of {@code KlingClient}: blocking joins, the default scheduler, file-name and origin checks. */
public final class ClientSupport {
    private ClientSupport() {
    }

    /** @return a one-thread daemon scheduler ({@code kling4j-scheduler}) that drops cancelled tasks at once */
    public static ScheduledExecutorService daemonScheduler() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread t = new Thread(runnable, "kling4j-scheduler");
            t.setDaemon(true);
            return t;
        });
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }

    /**
     * The executor of the client's own JDK HttpClient: none. The JDK hands its internal steps (reading a response,
     * feeding a body subscriber, completing its future) from its selector thread to this executor; running them
     * right there saves a thread hand-off per request (submit+get at 0.88x the raw JDK client with its default
     * executor at 2 CPUs, docs/benchmarks.md section 10). No stage of kling4j runs there (it sends with the blocking
     * {@code send} only, {@link BlockingSendHttpClient}); its body subscribers only queue or copy buffers; what may
     * wait there is an upload's read of its local regular file, TLS handshake tasks and the JDK's DNS lookup when it
     * reconnects. docs/client.md ("Threads") lists them and how to opt out.
     *
     * @return the executor to give the client's own JDK {@code HttpClient}
     */
    public static java.util.concurrent.Executor onSelectorThread() {
        return SelectorThreadExecutor.INSTANCE;
    }

    /** Runs the JDK client's internal steps on the thread that hands them over (its selector thread). */
    private enum SelectorThreadExecutor implements java.util.concurrent.Executor {
        INSTANCE;

        @Override
        public void execute(Runnable step) {
            step.run();
        }

        @Override
        public String toString() {
            return "kling4j: inline on the JDK client's selector thread";
        }
    }

    /**
     * The executor of kling4j's sends ({@link BlockingSendHttpClient}): at most {@code threads} daemon threads
     * ({@code kling4j-io-N}), started on demand and stopped after 30 s idle. Sends queue when all are busy.
     *
     * @param threads the most sends in flight at once outside blocking calls
     * @return a new executor, owned and shut down by the client
     */
    public static java.util.concurrent.ExecutorService ioExecutor(int threads) {
        java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ThreadPoolExecutor pool = new java.util.concurrent.ThreadPoolExecutor(threads, threads,
                30, java.util.concurrent.TimeUnit.SECONDS, new java.util.concurrent.LinkedBlockingQueue<>(), runnable -> {
                    Thread t = new Thread(runnable, "kling4j-io-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /**
     * Runs a blocking call: its first request is sent on the calling thread (no hand-off), the rest as usual.
     *
     * @param call starts the call
     * @param <T> its result type
     * @return its result
     * @throws io.kling4j.client.errors.KlingException the call's failure, typed
     */
    public static <T> T call(java.util.function.Supplier<CompletableFuture<T>> call) {
        return BlockingSendHttpClient.inline(() -> join(call.get()));
    }

    /**
     * Waits for a future; an interrupt of the waiting thread cancels the future (which stops its retries or
     * polling) and keeps the interrupt flag set.
     *
     * @param future the call
     * @param <T> its result type
     * @return its result
     * @throws io.kling4j.client.errors.KlingException the call's failure, typed
     */
    public static <T> T join(CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new NetworkException("interrupted while waiting for RunAPI; the call was cancelled",
                    ErrorDetails.none(), e);
        } catch (ExecutionException | CompletionException e) {
            throw ErrorMapper.map(e, "call");
        }
    }

    /**
     * @param response the create response with its headers
     * @param operation the call's name, for messages
     * @return the new task's JSON object (status pending when the server sent none), made for this call alone
     */
    public static com.fasterxml.jackson.databind.node.ObjectNode taskJson(ApiResponse<TaskCreateResponse> response,
            String operation) {
        TaskCreateResponse created = response.getData();
        String id = created == null ? null : created.getId() != null ? created.getId() : created.getTaskId();
        if (id == null || id.isBlank()) {
            throw new UnexpectedResponseException(operation + " returned no task id (neither id nor task_id)",
                    ErrorDetails.none(), null);
        }
        com.fasterxml.jackson.databind.node.ObjectNode task = TaskJson.newObject().put("id", id)
                .put("status", created.getStatus() == null ? "pending" : created.getStatus().getValue());
        if (created.getModel() != null) {
            task.put("model", created.getModel());
        }
        return task;
    }

    /**
     * @param name a task id
     * @return a file name made of {@code [A-Za-z0-9._-]} only
     * @throws IllegalArgumentException when nothing safe is left ({@code ""}, {@code .}, {@code ..})
     */
    public static String safeFileName(String name) {
        String cleaned = name.replaceAll("[^A-Za-z0-9._-]", "_");
        if (cleaned.isEmpty() || cleaned.chars().allMatch(c -> c == '.')) {
            throw new IllegalArgumentException("cannot make a safe file name from '" + name + "'");
        }
        return cleaned;
    }

    /**
     * @param target a download target
     * @throws IllegalArgumentException when its file name is missing, {@code .} or {@code ..}
     */
    public static void requireFileTarget(Path target) {
        Path name = target.getFileName();
        if (name == null || name.toString().equals(".") || name.toString().equals("..")) {
            throw new IllegalArgumentException("download target must name a file (was '" + target + "')");
        }
    }

    /**
     * @param a a URL
     * @param b another URL
     * @return true when scheme, host and port are equal
     */
    public static boolean sameOrigin(URI a, URI b) {
        return a.getScheme() != null && a.getScheme().equalsIgnoreCase(b.getScheme())
                && a.getHost() != null && a.getHost().equalsIgnoreCase(b.getHost()) && port(a) == port(b);
    }

    /**
     * @param u a URL
     * @return its {@code host:port}, the port filled in from the scheme, for messages
     */
    public static String hostPort(URI u) {
        return u.getHost() + ":" + port(u);
    }

    /**
     * @param a a duration
     * @param b another duration
     * @return the shorter of the two
     */
    public static java.time.Duration shorter(java.time.Duration a, java.time.Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static int port(URI u) {
        return u.getPort() != -1 ? u.getPort() : "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    }
}
