package io.kling4j.client.errors;

import io.kling4j.client.KlingTask;

/** The task finished with status {@code failed}; {@link #task()} holds its error. Credits are not charged. */
public class TaskFailedException extends KlingException {
    private final transient KlingTask task;

    /** @param task the failed task */
    public TaskFailedException(KlingTask task) {
        this(task, "Task " + task.id() + " failed: " + task.error().orElse("no reason given"));
    }

    /**
     * @param task the task that ended without a video
     * @param message what happened
     */
    protected TaskFailedException(KlingTask task, String message) {
        super(message, ErrorDetails.none(), null);
        this.task = task;
    }

    /** @return the failed task */
    public KlingTask task() {
        return task;
    }

    /** @return the task id */
    public String taskId() {
        return task.id();
    }
}
