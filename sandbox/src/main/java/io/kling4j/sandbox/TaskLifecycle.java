package io.kling4j.sandbox;

import io.kling4j.generated.model.TaskStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Computes a task's status from the clock: {@code pending} for {@code pendingFor} after creation, then
 * {@code processing} for {@code processingFor}, then {@code completed} (or {@code failed} for a failing task).
 * Nothing runs in the background; moving the clock is all it takes to move a task on.
 */
final class TaskLifecycle {
    private final Clock clock;
    private final Duration pendingFor;
    private final Duration processingFor;

    TaskLifecycle(Clock clock, Duration pendingFor, Duration processingFor) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.pendingFor = requireNotNegative(pendingFor, "pendingFor");
        this.processingFor = requireNotNegative(processingFor, "processingFor");
    }

    /** @return the current instant of the sandbox clock */
    Instant now() {
        return clock.instant();
    }

    /** @return the status of {@code task} now */
    TaskStatus statusOf(SandboxTask task) {
        if (task.frozenStatus() != null) {
            return task.frozenStatus();
        }
        Duration age = Duration.between(task.createdAt(), now());
        if (age.compareTo(pendingFor) < 0) {
            return TaskStatus.PENDING;
        }
        if (age.compareTo(pendingFor.plus(processingFor)) < 0) {
            return TaskStatus.PROCESSING;
        }
        return task.fails() ? TaskStatus.FAILED : TaskStatus.COMPLETED;
    }

    private static Duration requireNotNegative(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative: " + duration);
        }
        return duration;
    }
}
