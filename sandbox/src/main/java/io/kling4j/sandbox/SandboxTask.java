package io.kling4j.sandbox;

import io.kling4j.generated.model.TaskStatus;
import java.time.Instant;
import java.util.Objects;

/**
 * One task held by the sandbox. Its status is not stored but computed by {@link TaskLifecycle} from the clock,
 * unless the task was seeded with a frozen status.
 *
 * @param id           task id
 * @param endpoint     the endpoint that created it; a GET on the other endpoint does not find it
 * @param createdAt    creation instant, from the sandbox clock
 * @param video        what its video shows
 * @param cost         {@code usage.cost} once completed, from {@link PriceTable}
 * @param fails        whether it ends {@code failed} instead of {@code completed}
 * @param frozenStatus a status fixed by {@code seedTask}, or {@code null} for a live task
 * @param fault        a scripted fate ({@link TaskFault#NEVER_FINISHES}, {@link TaskFault#UNKNOWN_STATUS}), or
 *                     {@code null}
 * @param callbackUrl  the request's {@code callback_url}, or {@code null}
 */
record SandboxTask(String id, TaskEndpoint endpoint, Instant createdAt, VideoSpec video, double cost,
                   boolean fails, TaskStatus frozenStatus, TaskFault fault, String callbackUrl) {
    /** Error message of every failed task. */
    static final String FAILURE_MESSAGE = "The model could not generate this video";

    SandboxTask {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(video, "video");
    }

    /** A live task without a scripted fate or callback. */
    SandboxTask(String id, TaskEndpoint endpoint, Instant createdAt, VideoSpec video, double cost, boolean fails,
                TaskStatus frozenStatus) {
        this(id, endpoint, createdAt, video, cost, fails, frozenStatus, null, null);
    }

    /** @return this task with a scripted fate ({@link TaskFault#FAILS} sets {@link #fails()}) */
    SandboxTask withFault(TaskFault newFault) {
        if (newFault == null) {
            return this;
        }
        boolean failing = fails || newFault == TaskFault.FAILS;
        return new SandboxTask(id, endpoint, createdAt, video, cost, failing, frozenStatus,
                newFault == TaskFault.FAILS ? fault : newFault, callbackUrl);
    }

    /** @return this task with a {@code callback_url} */
    SandboxTask withCallbackUrl(String url) {
        return new SandboxTask(id, endpoint, createdAt, video, cost, fails, frozenStatus, fault, url);
    }
}
