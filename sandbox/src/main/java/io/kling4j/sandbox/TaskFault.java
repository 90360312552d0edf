package io.kling4j.sandbox;

/**
 * A scripted fate for tasks created after it is set with {@link SandboxFaults#nextTask(TaskFault)} or
 * {@link SandboxFaults#allTasks(TaskFault)}. Without one, a task goes {@code pending} → {@code processing} →
 * {@code completed} (or {@code failed} when its prompt contains {@code [fail]}).
 */
public enum TaskFault {
    /** The task ends {@code failed}, with an {@code error} and no usage, as a {@code [fail]} prompt does. */
    FAILS,
    /** The task never finishes: it stays {@code processing} forever after its pending phase. */
    NEVER_FINISHES,
    /**
     * While it would be {@code pending}, the task reports the status {@value #UNKNOWN_STATUS_VALUE}, a value
     * the spec does not list (clients must treat it as "not finished yet"); then it goes on as usual.
     */
    UNKNOWN_STATUS;

    /** The status value reported by {@link #UNKNOWN_STATUS} tasks while pending. */
    public static final String UNKNOWN_STATUS_VALUE = "queued_for_gpu";
}
