package io.kling4j.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kling4j.client.internal.StatusAliases;
import io.kling4j.client.internal.TaskJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A snapshot of a task: its id, endpoint, status and, once finished, its videos, cost or error.
 * Immutable. Statuses are matched case-insensitively and RunAPI's aliases are mapped ({@code success},
 * {@code succeeded} → completed; {@code error}, {@code generate_failed}, {@code create_task_failed} → failed;
 * {@code canceled} → {@link #CANCELLED}); {@link #rawStatus()} keeps what was sent. Unknown statuses are kept
 * ({@link TaskStatus#isKnown()} is false) and count as not finished. Made by the client from RunAPI's JSON; tests
 * and webhook handlers can make one with {@link #fromJson(Endpoint, String)}.
 */
public final class KlingTask {
    /** The terminal status of a cancelled task ({@code cancelled} or {@code canceled} on the wire). */
    public static final TaskStatus CANCELLED = TaskStatus.CANCELLED;

    private final Endpoint endpoint;
    private final String id;
    private final TaskStatus status;
    private final TaskStatus rawStatus;
    private final String error;
    private final List<String> videoUrls;
    private final Double cost;
    private final ObjectNode json;
    private final String requestId;
    private final String runapiTaskId;

    private KlingTask(Endpoint endpoint, String id, String status, String error, List<String> videoUrls, Double cost,
            ObjectNode json, String requestId, String runapiTaskId) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.id = Objects.requireNonNull(id, "id");
        this.rawStatus = status == null ? null : TaskStatus.of(status);
        this.status = StatusAliases.normalize(status);
        this.error = error;
        this.videoUrls = videoUrls == null ? List.of() : List.copyOf(videoUrls);
        this.cost = cost;
        this.json = json;
        this.requestId = requestId;
        this.runapiTaskId = runapiTaskId;
    }

    /**
     * @param endpoint the endpoint the task belongs to
     * @param json a task object as RunAPI sends it ({@code id}, {@code status}, {@code videos}, {@code usage} ...)
     * @return the snapshot
     * @throws IllegalArgumentException when it is not valid JSON or has no {@code id}
     */
    public static KlingTask fromJson(Endpoint endpoint, String json) {
        try {
            return of(endpoint, TaskJson.readTree(json), null);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not a JSON task object: " + e.getMessage(), e);
        }
    }

    /**
     * @param endpoint the endpoint the task belongs to
     * @param task a task object as RunAPI sends it
     * @param headers the response headers it came with ({@code x-request-id}, {@code X-RunAPI-Task-Id}), or null
     * @return the snapshot
     * @throws IllegalArgumentException when it is not an object with an {@code id}
     */
    public static KlingTask of(Endpoint endpoint, JsonNode task, Map<String, List<String>> headers) {
        return of(endpoint, task, headers, true);
    }

    /** As {@link #of(Endpoint, JsonNode, Map)}, for a JSON object no one else holds: kept without a copy. */
    static KlingTask owning(Endpoint endpoint, JsonNode task, Map<String, List<String>> headers) {
        return of(endpoint, task, headers, false);
    }

    private static KlingTask of(Endpoint endpoint, JsonNode task, Map<String, List<String>> headers, boolean copy) {
        if (task == null || !task.isObject() || !task.path("id").isTextual()) {
            throw new IllegalArgumentException("a task object needs an id");
        }
        List<String> urls = List.of();
        for (JsonNode video : task.path("videos")) {
            if (video.path("url").isTextual()) {
                if (urls.isEmpty()) {
                    urls = new ArrayList<>();
                }
                urls.add(video.path("url").asText());
            }
        }
        JsonNode cost = task.path("usage").path("cost");
        JsonNode status = task.path("status");
        JsonNode error = task.path("error");
        return new KlingTask(endpoint, task.path("id").asText(), status.isTextual() ? status.asText() : null,
                error.isTextual() ? error.asText() : null, urls, cost.isNumber() ? cost.asDouble() : null,
                copy ? ((ObjectNode) task).deepCopy() : (ObjectNode) task, TaskJson.header(headers, "x-request-id"),
                TaskJson.header(headers, "X-RunAPI-Task-Id"));
    }

    /** @return the endpoint that created the task */
    public Endpoint endpoint() {
        return endpoint;
    }

    /** @return the task id */
    public String id() {
        return id;
    }

    /**
     * @return the status, with known aliases and other letter cases mapped to {@code pending}, {@code processing},
     *     {@code completed}, {@code failed} or {@link #CANCELLED}; any other value as sent (unknown, still running)
     */
    public TaskStatus status() {
        return status;
    }

    /** @return the status exactly as RunAPI sent it */
    public TaskStatus rawStatus() {
        return rawStatus;
    }

    /** @return true once the task completed successfully */
    public boolean isCompleted() {
        return TaskStatus.COMPLETED.equals(status);
    }

    /** @return true once the task failed */
    public boolean isFailed() {
        return TaskStatus.FAILED.equals(status);
    }

    /** @return true once the task was cancelled ({@code cancelled} or {@code canceled}); it has no video */
    public boolean isCancelled() {
        return CANCELLED.equals(status);
    }

    /** @return true when the task will not change any more (completed, failed or cancelled) */
    public boolean isFinished() {
        return isCompleted() || isFailed() || isCancelled();
    }

    /** @return why the task failed, for failed tasks */
    public Optional<String> error() {
        return Optional.ofNullable(error);
    }

    /** @return the result URLs (temporary; download within 7 days), empty until completed */
    public List<String> videoUrls() {
        return videoUrls;
    }

    /** @return the settled cost in USD, present on completed tasks only */
    public Optional<Double> cost() {
        return Optional.ofNullable(cost);
    }

    /** @return the model that ran the task, when RunAPI says ({@code model}) */
    public Optional<String> model() {
        JsonNode model = json.path("model");
        return model.isTextual() ? Optional.of(model.asText()) : Optional.empty();
    }

    /**
     * @return the task's JSON object as received (re-serialised compactly; for a task made by hand, its serialised
     *     form), including fields the spec does not declare
     */
    public String rawJson() {
        return json.toString();
    }

    /**
     * @return the top-level fields the spec's task does not declare (for example {@code model}, or whatever RunAPI
     *     adds next), as plain Java values (String, Number, Boolean, List, Map, null) in the order received; a new
     *     copy on every call
     */
    public Map<String, Object> extraFields() {
        return TaskJson.extraFields(json);
    }

    /** @return the {@code x-request-id} header of the response this snapshot came from, when there was one */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /** @return the {@code X-RunAPI-Task-Id} header of the response this snapshot came from, when there was one */
    public Optional<String> runapiTaskId() {
        return Optional.ofNullable(runapiTaskId);
    }

    @Override
    public String toString() {
        return "KlingTask{" + endpoint.path() + "/" + id + ", status=" + status
                + (error == null ? "" : ", error=" + error)
                + (videoUrls.isEmpty() ? "" : ", videos=" + videoUrls.size())
                + (cost == null ? "" : ", cost=" + cost) + "}";
    }
}
