package io.kling4j.benchmarks;

import io.kling4j.client.Endpoint;
import io.kling4j.client.KlingClient;
import io.kling4j.client.KlingTask;
import io.kling4j.client.RequestOptions;
import io.kling4j.client.Scheduler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * Waits for a task with any {@link PollSchedule}, through the facade's {@code getAsync}: how the proposed default
 * is measured before {@code WaitOptions} can express it. Same first poll (immediately) and same scheduler as the
 * facade's own waiter.
 */
final class ScheduleWaiter {
    private final KlingClient client;
    private final Scheduler scheduler;
    private final Clock clock;

    ScheduleWaiter(KlingClient client, Scheduler scheduler, Clock clock) {
        this.client = client;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    CompletableFuture<KlingTask> waitFor(String taskId, PollSchedule schedule) {
        CompletableFuture<KlingTask> result = new CompletableFuture<>();
        poll(taskId, schedule, 0, clock.instant(), result);
        return result;
    }

    private void poll(String id, PollSchedule schedule, int n, Instant start, CompletableFuture<KlingTask> result) {
        client.getAsync(Endpoint.of("text_to_video"), id, RequestOptions.none()).whenComplete((task, error) -> {
            if (error != null) {
                result.completeExceptionally(error);
            } else if (task.isFinished()) {
                result.complete(task);
            } else {
                Duration elapsed = Duration.between(start, clock.instant());
                scheduler.schedule(() -> poll(id, schedule, n + 1, start, result), schedule.next(n, elapsed));
            }
        });
    }
}
