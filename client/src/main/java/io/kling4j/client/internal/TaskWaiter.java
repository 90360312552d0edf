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
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Polls one task until it finishes, without parking a thread: each poll completes asynchronously and
 * schedules the next on the shared {@link Scheduler}. Transient poll failures (already retried) are tolerated
 * until the deadline; others end the wait; a poll that failed with a server-requested {@code Retry-After} waits
 * that long before the next poll instead of the back-off. Cancelling the returned future stops the polling.
 *
 * <p>At most {@code maxPolls} polls (default {@value #MAX_CONCURRENT_POLLS}) are in flight per client; a poll due
 * beyond that waits in a queue, in order, and starts on the scheduler as soon as a poll ends. 100,000 waits started
 * together thus hold a queue entry each, not a built request and its futures (docs/benchmarks.md, section 8).
 *
 * <p>Pending waits are kept in a small registry by task id (removed as soon as a wait ends), so a webhook can
 * hand in the finished task with {@link #deliver(String, Function)} instead of waiting for the next poll.
 */
public final class TaskWaiter {
    /** Default bound on polls in flight per client: enough to keep the I/O threads busy, few enough to hold little. */
    public static final int MAX_CONCURRENT_POLLS = 64;

    private final Scheduler scheduler;
    private final Clock clock;
    private final int maxPolls;
    private final AtomicInteger polling = new AtomicInteger();
    /** Waits whose poll is due while {@code maxPolls} are in flight; started in order as polls end. */
    private final ConcurrentLinkedQueue<Wait> due = new ConcurrentLinkedQueue<>();
    /** Pending waits by task id: almost always one per id, so a copy-on-write array, not a set per id. */
    private final ConcurrentHashMap<String, Wait[]> registry = new ConcurrentHashMap<>();

    /**
     * @param scheduler where the delays between polls wait
     * @param clock the time source of deadlines
     */
    public TaskWaiter(Scheduler scheduler, Clock clock) {
        this(scheduler, clock, MAX_CONCURRENT_POLLS);
    }

    /**
     * @param scheduler where the delays between polls wait
     * @param clock the time source of deadlines
     * @param maxPolls how many polls may be in flight at once; a wait whose poll is due beyond that queues (a few
     *     bytes) instead of building its request and queueing it at the I/O threads (about 2 KB each)
     */
    public TaskWaiter(Scheduler scheduler, Clock clock, int maxPolls) {
        if (maxPolls < 1) {
            throw new IllegalArgumentException("maxPolls must be at least 1 (was " + maxPolls + ")");
        }
        this.scheduler = scheduler;
        this.clock = clock;
        this.maxPolls = maxPolls;
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
        registry.compute(taskId, (id, waits) -> add(waits, wait)); // atomic with a finishing wait's removal
        result.whenComplete(wait); // one callback per wait: unregisters it and cancels its scheduled poll
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
        Wait[] waits = registry.get(taskId);
        if (waits == null) {
            return 0;
        }
        int n = 0;
        for (Wait wait : waits) {
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
        Wait[] waits = registry.get(taskId);
        if (waits == null) {
            return 0;
        }
        int n = 0;
        for (Wait wait : waits) {
            if (wait.pollNow()) {
                n++;
            }
        }
        return n;
    }

    /** @return how many waits are pending (for tests and metrics) */
    public int pendingCount() {
        return registry.values().stream().mapToInt(waits -> waits.length).sum();
    }

    /** @return how many polls are in flight (for tests) */
    public int pollsInFlight() {
        return polling.get();
    }

    private boolean tryAcquire() {
        for (int n = polling.get(); n < maxPolls; n = polling.get()) {
            if (polling.compareAndSet(n, n + 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Starts queued polls while slots are free. Each starts on the scheduler (delay zero), never on this thread: a
     * poll can end synchronously here (a blocking call's inline send), and starting the next one in its callback
     * would nest one stack frame per queued wait.
     */
    private void drain() {
        while (!due.isEmpty() && tryAcquire()) {
            Wait next = due.poll();
            if (next == null) {
                polling.decrementAndGet();
                return;
            }
            if (next.result.isDone()) {
                polling.decrementAndGet();
                continue;
            }
            try {
                scheduler.schedule(next::send, Duration.ZERO);
            } catch (RuntimeException rejected) { // the scheduler is shut down: the client is closing
                polling.decrementAndGet();
                next.result.completeExceptionally(rejected);
            }
        }
    }

    private static Wait[] add(Wait[] waits, Wait wait) {
        if (waits == null) {
            return new Wait[] {wait};
        }
        Wait[] more = Arrays.copyOf(waits, waits.length + 1);
        more[waits.length] = wait;
        return more;
    }

    /** @return {@code waits} without {@code wait}, or null when none is left (the id is then unmapped) */
    private static Wait[] remove(Wait[] waits, Wait wait) {
        int at = Arrays.asList(waits).indexOf(wait);
        if (at < 0) {
            return waits;
        }
        if (waits.length == 1) {
            return null;
        }
        Wait[] fewer = new Wait[waits.length - 1];
        System.arraycopy(waits, 0, fewer, 0, at);
        System.arraycopy(waits, at + 1, fewer, at, fewer.length - at);
        return fewer;
    }

    private final class Wait implements BiConsumer<KlingTask, Throwable> {
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
        }

        /** The wait ended (any way): forget it and cancel its scheduled poll. */
        @Override
        public void accept(KlingTask task, Throwable failure) {
            registry.computeIfPresent(taskId, (id, waits) -> remove(waits, this));
            Future<?> p = pending;
            if (p != null) {
                p.cancel(false);
            }
        }

        /** Polls now if fewer than {@code maxPolls} polls are in flight, else queues behind them. */
        void poll() {
            if (result.isDone()) {
                return;
            }
            if (tryAcquire()) {
                send();
            } else {
                due.add(this);
                drain(); // the polls in flight may all have ended since tryAcquire
            }
        }

        /** One poll, holding one of the {@code maxPolls} slots until it ends. */
        private void send() {
            if (result.isDone()) {
                polling.decrementAndGet();
                drain();
                return;
            }
            CompletableFuture<KlingTask> call;
            try {
                call = poll.get();
            } catch (RuntimeException e) {
                call = CompletableFuture.failedFuture(e);
            }
            call.whenComplete((task, failure) -> {
                polling.decrementAndGet();
                drain();
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
