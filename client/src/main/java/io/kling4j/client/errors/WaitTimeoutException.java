package io.kling4j.client.errors;

import io.kling4j.client.KlingTask;
import java.time.Duration;
import java.util.Optional;

/**
 * The wait's deadline passed before the task finished. The task goes on at RunAPI: resume it later with
 * {@code waitFor(endpoint, taskId(), ...)}.
 */
public class WaitTimeoutException extends KlingException {
    private final String taskId;
    private final transient KlingTask lastSeen;

    /**
     * @param taskId the task waited for
     * @param lastSeen the last snapshot seen, or null if none arrived
     * @param waited how long the wait lasted
     */
    public WaitTimeoutException(String taskId, KlingTask lastSeen, Duration waited) {
        super("Task " + taskId + " did not finish within " + waited.toMillis() + " ms (last status: "
                + (lastSeen == null ? "unknown" : lastSeen.status()) + "); it is still running, wait for it again"
                + " by its id", ErrorDetails.none(), null);
        this.taskId = taskId;
        this.lastSeen = lastSeen;
    }

    /** @return the id of the task that is still running */
    public String taskId() {
        return taskId;
    }

    /** @return the last snapshot seen before the deadline */
    public Optional<KlingTask> lastSeen() {
        return Optional.ofNullable(lastSeen);
    }
}
