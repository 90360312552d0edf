package io.kling4j.client.errors;

import io.kling4j.client.KlingTask;

/**
 * The task ended with status {@code cancelled} (or {@code canceled}): it will not produce a video. A subclass of
 * {@link TaskFailedException}, so code that handles failed tasks handles cancelled ones too.
 */
public class TaskCancelledException extends TaskFailedException {
    /** @param task the cancelled task */
    public TaskCancelledException(KlingTask task) {
        super(task, "Task " + task.id() + " was cancelled" + task.error().map(e -> ": " + e).orElse(""));
    }
}
