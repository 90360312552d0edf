package io.kling4j.client.internal;

import io.kling4j.client.KlingTask;
import io.kling4j.client.Scheduler;
import io.kling4j.client.WaitOptions;
import io.kling4j.client.errors.KlingException;
import io.kling4j.client.errors.TaskFailedException;
import io.kling4j.client.errors.WaitTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Polls one task until it finishes, without parking a thread: each poll completes asynchronously and
 * schedules the next on the shared {@link Scheduler}. Transient poll failures (already retried) are tolerated
 * until the deadline; others end the wait. Cancelling the returned future stops the polling.
 */
public final class TaskWaiter {
    private final Scheduler scheduler;
    private final Clock clock;

    /**
     * @param scheduler where the delays between polls wait
     * @param clock the time source of deadlines
     */
    public TaskWaiter(Scheduler scheduler, Clock clock) {
        this.scheduler = scheduler;
        this.clock = clock;
    }

    /**
     * @param taskId the task waited for
     * @param poll makes one status call
     * @param options deadline, poll intervals, listener
     * @return the completed task; fails with {@link TaskFailedException}, {@link WaitTimeoutException} or the
     *     poll's own error
     */
    public CompletableFuture<KlingTask> waitFor(String taskId, Supplier<CompletableFuture<KlingTask>> poll,
            WaitOptions options) {
        CompletableFuture<KlingTask> result = new CompletableFuture<>();
        new Wait(taskId, poll, options, result).poll();
        return result;
    }

    private final class Wait {
        private final String taskId;
        private final Supplier<CompletableFuture<KlingTask>> poll;
        private final WaitOptions options;
        private final CompletableFuture<KlingTask> result;
        private final Instant start;
        private final Instant deadline;
        private volatile Future<?> pending;
        private volatile KlingTask last;
        private int polls;

        Wait(String taskId, Supplier<CompletableFuture<KlingTask>> poll, WaitOptions options,
                CompletableFuture<KlingTask> result) {
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
                if (failure != null) {
                    KlingException error = ErrorMapper.map(failure, "status of task " + taskId);
                    if (!Retrier.isRetryable(error)) {
                        result.completeExceptionally(error);
                        return;
                    }
                } else {
                    onTask(task);
                }
                scheduleNext();
            });
        }

        private void onTask(KlingTask task) {
            KlingTask previous = last;
            last = task;
            if (previous == null || !Objects.equals(previous.status(), task.status())) {
                try {
                    options.listener().onUpdate(task, Duration.between(start, clock.instant()));
                } catch (RuntimeException listenerFailure) {
                    // a listener's bug must not end the wait
                }
            }
            if (task.isCompleted()) {
                result.complete(task);
            } else if (task.isFailed()) {
                result.completeExceptionally(new TaskFailedException(task));
            }
        }

        private void scheduleNext() {
            if (result.isDone()) {
                return;
            }
            Instant now = clock.instant();
            if (!now.isBefore(deadline)) {
                result.completeExceptionally(new WaitTimeoutException(taskId, last, Duration.between(start, now)));
                return;
            }
            Duration delay = options.pollDelay(polls++);
            Duration left = Duration.between(now, deadline);
            Future<?> next = scheduler.schedule(this::poll, delay.compareTo(left) < 0 ? delay : left);
            pending = next;
            if (result.isDone()) {
                next.cancel(false); // cancelled while scheduling
            }
        }
    }
}
