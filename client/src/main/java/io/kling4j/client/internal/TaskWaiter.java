package io.kling4j.client.internal;

import io.kling4j.client.Endpoint;
import io.kling4j.client.KlingTask;
import io.kling4j.client.Scheduler;
import io.kling4j.client.WaitOptions;
import io.kling4j.client.errors.ErrorDetails;
import io.kling4j.client.errors.KlingException;
import io.kling4j.client.errors.TaskCancelledException;
import io.kling4j.client.errors.TaskFailedException;
import io.kling4j.client.errors.UnexpectedResponseException;
import io.kling4j.client.errors.WaitTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Polls one task until it finishes, without parking a thread: each poll completes asynchronously and
 * schedules the next on the shared {@link Scheduler}. Transient poll failures (already retried) are tolerated
 * until the deadline; others end the wait; a poll that failed with a server-requested {@code Retry-After} waits
 * that long before the next poll instead of the back-off. Cancelling the returned future stops the polling.
 *
 * <p>Pending waits are kept in a small registry by task id (removed as soon as a wait ends), so a webhook can
 * hand in the finished task with {@link #deliver(String, Function)} instead of waiting for the next poll.
 */
public final class TaskWaiter {
    private final Scheduler scheduler;
    private final Clock clock;
    private final ConcurrentHashMap<String, Set<Wait>> registry = new ConcurrentHashMap<>();

    /**
     * @param scheduler where the delays between polls wait
     * @param clock the time source of deadlines
     */
    public TaskWaiter(Scheduler scheduler, Clock clock) {
        this.scheduler = scheduler;
        this.clock = clock;
    }

    /**
     * @param endpoint the endpoint that created the task
     * @param taskId the task waited for
     * @param poll makes one status call
     * @param options deadline, poll intervals, listener
     * @return the completed task; fails with {@link TaskFailedException}, {@link WaitTimeoutException} or the
     *     poll's own error
     */
    public CompletableFuture<KlingTask> waitFor(Endpoint endpoint, String taskId, Supplier<CompletableFuture<KlingTask>> poll,
            WaitOptions options) {
        CompletableFuture<KlingTask> result = new CompletableFuture<>();
        Wait wait = new Wait(endpoint, taskId, poll, options, result);
        registry.compute(taskId, (id, waits) -> {
            Set<Wait> set = waits != null ? waits : ConcurrentHashMap.newKeySet();
            set.add(wait); // inside compute: never into a set that a finishing wait is unmapping
            return set;
        });
        result.whenComplete((v, e) -> registry.computeIfPresent(taskId, (id, waits) -> {
            waits.remove(wait);
            return waits.isEmpty() ? null : waits;
        }));
        wait.poll();
        return result;
    }

    /**
     * Hands a task snapshot (from a webhook) to every pending wait for its id, as if a poll had returned it:
     * a finished task ends those waits at once; an unfinished one is reported to their listeners.
     *
     * @param taskId the task's id
     * @param snapshot makes the snapshot for the endpoint a wait was started with
     * @return how many pending waits received it
     */
    public int deliver(String taskId, Function<Endpoint, KlingTask> snapshot) {
        Set<Wait> waits = registry.get(taskId);
        if (waits == null) {
            return 0;
        }
        int n = 0;
        for (Wait wait : waits.toArray(new Wait[0])) {
            if (!wait.result.isDone()) {
                wait.onTask(snapshot.apply(wait.endpoint));
                n++;
            }
        }
        return n;
    }

    /**
     * Polls the task now for every pending wait of it, instead of at the next scheduled poll (an unverified webhook
     * says the task changed; only RunAPI's own answer is believed). A wait whose poll is already under way is left
     * alone: that poll's answer arrives soon anyway.
     *
     * @param taskId the task's id
     * @return how many pending waits polled now
     */
    public int pollNow(String taskId) {
        Set<Wait> waits = registry.get(taskId);
        if (waits == null) {
            return 0;
        }
        int n = 0;
        for (Wait wait : waits.toArray(new Wait[0])) {
            if (wait.pollNow()) {
                n++;
            }
        }
        return n;
    }

    /** @return how many waits are pending (for tests and metrics) */
    public int pendingCount() {
        return registry.values().stream().mapToInt(Set::size).sum();
    }

    private final class Wait {
        private final Endpoint endpoint;
        private final String taskId;
        private final Supplier<CompletableFuture<KlingTask>> poll;
        private final WaitOptions options;
        private final CompletableFuture<KlingTask> result;
        private final Instant start;
        private final Instant deadline;
        private final Object scheduling = new Object();
        private volatile Future<?> pending;
        private volatile KlingTask last;
        private int polls;

        Wait(Endpoint endpoint, String taskId, Supplier<CompletableFuture<KlingTask>> poll, WaitOptions options,
                CompletableFuture<KlingTask> result) {
            this.endpoint = endpoint;
            this.taskId = taskId;
            this.poll = poll;
            this.options = options;
            this.result = result;
            this.start = clock.instant();
            this.deadline = start.plus(options.timeout());
            result.whenComplete((v, e) -> {
                Future<?> p = pending;
                if (p != null) {
                    p.cancel(false);
                }
            });
        }

        void poll() {
            if (result.isDone()) {
                return;
            }
            CompletableFuture<KlingTask> call;
            try {
                call = poll.get();
            } catch (RuntimeException e) {
                call = CompletableFuture.failedFuture(e);
            }
            call.whenComplete((task, failure) -> {
                Duration serverDelay = null;
                if (failure != null) {
                    KlingException error = ErrorMapper.map(failure, "status of task " + taskId);
                    if (!Retrier.isRetryable(error)) {
                        result.completeExceptionally(error);
                        return;
                    }
                    serverDelay = Retrier.serverRetryAfter(error);
                } else {
                    onTask(task);
                }
                scheduleNext(serverDelay);
            });
        }

        /** @return true when a scheduled poll was brought forward (false: one is under way, or the wait ended) */
        boolean pollNow() {
            synchronized (scheduling) {
                Future<?> next = pending;
                if (result.isDone() || next == null || !next.cancel(false)) {
                    return false;
                }
            }
            poll();
            return true;
        }

        synchronized void onTask(KlingTask task) {
            KlingTask previous = last;
            last = task;
            if (previous == null || !Objects.equals(previous.status(), task.status())) {
                try {
                    options.listener().onUpdate(task, Duration.between(start, clock.instant()));
                } catch (RuntimeException listenerFailure) {
                    // a listener's bug must not end the wait
                }
            }
            if (task.isCompleted() && task.videoUrls().isEmpty()) {
                result.completeExceptionally(new UnexpectedResponseException("task " + task.id() + " reported status "
                        + task.rawStatus() + " without any video URL; its status call returned nothing to download"
                        + " (ask RunAPI support about task " + task.id() + ")", ErrorDetails.none(), null));
            } else if (task.isCompleted()) {
                result.complete(task);
            } else if (task.isCancelled()) {
                result.completeExceptionally(new TaskCancelledException(task));
            } else if (task.isFailed()) {
                result.completeExceptionally(new TaskFailedException(task));
            }
        }

        private void scheduleNext(Duration serverDelay) {
            if (result.isDone()) {
                return;
            }
            Instant now = clock.instant();
            if (!now.isBefore(deadline)) {
                result.completeExceptionally(new WaitTimeoutException(taskId, last, Duration.between(start, now)));
                return;
            }
            Duration backoff = options.pollDelay(polls++, Duration.between(start, now));
            Duration delay = serverDelay != null ? serverDelay : backoff;
            Duration left = Duration.between(now, deadline);
            Future<?> next;
            synchronized (scheduling) { // so pollNow sees the poll it may bring forward
                next = scheduler.schedule(this::poll, delay.compareTo(left) < 0 ? delay : left);
                pending = next;
            }
            if (result.isDone()) {
                next.cancel(false); // cancelled while scheduling
            }
        }
    }
}
