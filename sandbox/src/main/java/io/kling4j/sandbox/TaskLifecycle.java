package io.kling4j.sandbox;

import io.kling4j.generated.model.TaskStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Computes a task's status from the clock: {@code pending} for {@code pendingFor} after creation, then
 * {@code processing} for {@code processingFor}, then {@code completed} (or {@code failed} for a failing task).
 * A {@link TaskFault} bends this: {@link TaskFault#NEVER_FINISHES} stays {@code processing},
 * {@link TaskFault#UNKNOWN_STATUS} reports {@value TaskFault#UNKNOWN_STATUS_VALUE} instead of {@code pending}.
 * Nothing runs in the background; moving the clock is all it takes to move a task on. Every time a task is seen
 * {@code completed}, it is handed to {@code onCompleted} (the {@link AccountLedger} settles its cost once); every
 * time a live task is seen {@code completed} or {@code failed}, to {@code onFinished} (the webhook sender).
 */
final class TaskLifecycle {
    private static final TaskStatus UNKNOWN = TaskStatus.fromValue(TaskFault.UNKNOWN_STATUS_VALUE);

    private final Clock clock;
    private final Duration pendingFor;
    private final Duration processingFor;
    private final Consumer<SandboxTask> onCompleted;
    private final Consumer<SandboxTask> onFinished;

    /** @param onCompleted called with a task each time its status is computed as {@code completed} */
    TaskLifecycle(Clock clock, Duration pendingFor, Duration processingFor, Consumer<SandboxTask> onCompleted) {
        this(clock, pendingFor, processingFor, onCompleted, task -> { });
    }

    /** @param onFinished called with a live task each time its status is computed as completed or failed */
    TaskLifecycle(Clock clock, Duration pendingFor, Duration processingFor, Consumer<SandboxTask> onCompleted,
                  Consumer<SandboxTask> onFinished) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.pendingFor = requireNotNegative(pendingFor, "pendingFor");
        this.processingFor = requireNotNegative(processingFor, "processingFor");
        this.onCompleted = Objects.requireNonNull(onCompleted, "onCompleted");
        this.onFinished = Objects.requireNonNull(onFinished, "onFinished");
    }

    /** @return the current instant of the sandbox clock */
    Instant now() {
        return clock.instant();
    }

    /** @return the status of {@code task} now */
    TaskStatus statusOf(SandboxTask task) {
        TaskStatus status = computeStatus(task);
        if (TaskStatus.COMPLETED.equals(status)) {
            onCompleted.accept(task);
        }
        if (task.frozenStatus() == null && isFinished(status)) {
            onFinished.accept(task);
        }
        return status;
    }

    /** @return whether {@code status} is final ({@code completed} or {@code failed}) */
    static boolean isFinished(TaskStatus status) {
        return TaskStatus.COMPLETED.equals(status) || TaskStatus.FAILED.equals(status);
    }

    private TaskStatus computeStatus(SandboxTask task) {
        if (task.frozenStatus() != null) {
            return task.frozenStatus();
        }
        Duration age = Duration.between(task.createdAt(), now());
        if (age.compareTo(pendingFor) < 0) {
            return task.fault() == TaskFault.UNKNOWN_STATUS ? UNKNOWN : TaskStatus.PENDING;
        }
        if (age.compareTo(pendingFor.plus(processingFor)) < 0 || task.fault() == TaskFault.NEVER_FINISHES) {
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
