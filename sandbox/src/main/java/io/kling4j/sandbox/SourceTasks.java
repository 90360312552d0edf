package io.kling4j.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.kling4j.generated.model.TaskStatus;

/**
 * Checks the source of {@code edit_video} and {@code extend_video} creates, with the codes RunAPI uses for
 * continuations: a {@code source_task_id} must name a task of this sandbox (any endpoint; else 400
 * {@code invalid_resource_id}) that is {@code completed} (409 {@code source_task_not_ready} while it is pending or
 * processing, 422 {@code source_task_unusable} when it failed). An edit needs exactly one of
 * {@code source_video_url} and {@code source_task_id} (400 {@code invalid_request}).
 */
final class SourceTasks {
    /** An error answer: HTTP status, RunAPI code and message. */
    record Problem(int status, String code, String message) {
    }

    /**
     * @param source  the completed source task, or {@code null} when the request names none
     * @param problem why the request is refused, or {@code null} when it may go on
     */
    record Check(SandboxTask source, Problem problem) {
        static final Check NONE = new Check(null, null);
    }

    private final TaskStore store;
    private final TaskLifecycle lifecycle;

    SourceTasks(TaskStore store, TaskLifecycle lifecycle) {
        this.store = store;
        this.lifecycle = lifecycle;
    }

    /** @return the source of a create on {@code endpoint} with the (spec-valid) {@code body}, or the problem */
    Check check(TaskEndpoint endpoint, JsonNode body) {
        if (endpoint.takesSourceEitherWay() && body.has("source_video_url") == body.has("source_task_id")) {
            return refuse(400, "invalid_request",
                    "source_task_id: give exactly one of source_video_url and source_task_id");
        }
        if (!endpoint.takesSourceTask() || !body.path("source_task_id").isTextual()) {
            return Check.NONE;
        }
        String id = body.get("source_task_id").asText();
        SandboxTask source = store.find(id).orElse(null);
        if (source == null) {
            return refuse(400, "invalid_resource_id", "source_task_id: no task " + id + " exists");
        }
        TaskStatus status = lifecycle.statusOf(source);
        if (TaskStatus.COMPLETED.equals(status)) {
            return new Check(source, null);
        }
        if (TaskStatus.FAILED.equals(status)) {
            return refuse(422, "source_task_unusable", "Source task " + id + " failed and has no video");
        }
        return refuse(409, "source_task_not_ready",
                "Source task " + id + " is not completed yet (status " + status.getValue() + ")");
    }

    private static Check refuse(int status, String code, String message) {
        return new Check(null, new Problem(status, code, message));
    }
}
