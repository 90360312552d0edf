package io.kling4j.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import io.kling4j.generated.model.TaskCreateResponse;
import io.kling4j.generated.model.TaskResponse;
import io.kling4j.generated.model.TaskStatus;
import io.kling4j.generated.model.Usage;
import io.kling4j.generated.model.Video;
import java.io.IOException;
import java.net.URI;

/**
 * The two task operations of every task endpoint, on requests that already passed authentication and spec
 * validation. Edits and extensions are checked against their source task first ({@link SourceTasks}).
 */
final class TaskApi {
    /** Response header naming the task a response is about, as RunAPI sends it. */
    static final String TASK_ID_HEADER = "X-RunAPI-Task-Id";

    private final TaskStore store;
    private final IdempotencyRegistry idempotency;
    private final TaskLifecycle lifecycle;
    private final SourceTasks sources;
    private final URI cdnUri;
    private final SandboxFaults faults;
    private final WebhookSender webhooks;
    private final AcceptedCreates accepted;

    TaskApi(SandboxState state, URI cdnUri) {
        this.store = state.tasks();
        this.idempotency = state.idempotency();
        this.lifecycle = state.lifecycle();
        this.sources = new SourceTasks(store, lifecycle);
        this.cdnUri = cdnUri;
        this.faults = state.faults();
        this.webhooks = state.webhooks();
        this.accepted = state.accepted();
    }

    /**
     * {@code POST /api/v1/kling/{endpoint}}: creates a task (with the next scripted {@link TaskFault}, and watched
     * for its webhook when it has a {@code callback_url}), or replays one for a reused Idempotency-Key.
     */
    void create(HttpExchange exchange, TaskEndpoint endpoint, JsonNode body) throws IOException {
        SourceTasks.Check check = sources.check(endpoint, body);
        if (check.problem() != null) {
            Exchanges.sendError(exchange, check.problem().status(), check.problem().code(),
                    check.problem().message());
            return;
        }
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        IdempotencyRegistry.Outcome outcome = idempotency.createOrReplay(key, endpoint, body, () -> {
            SandboxTask task = TaskRequests.newTask(Ids.taskId(), endpoint, body, lifecycle.now(),
                    check.source()).withFault(faults.takeTaskFault());
            if (body.path("callback_url").isTextual()) {
                task = task.withCallbackUrl(body.get("callback_url").asText());
            }
            store.put(task);
            webhooks.watch(task);
            return task.id();
        });
        if (outcome.kind() == IdempotencyRegistry.Kind.CONFLICT) {
            Exchanges.sendError(exchange, 409, "idempotency_key_reused",
                    "Idempotency-Key was already used with a different request body");
            return;
        }
        int polls = faults.acceptedPolls();
        if (polls >= 0) {
            accepted.accept(exchange, outcome.taskId(), outcome.kind() == IdempotencyRegistry.Kind.REPLAYED, polls);
            return;
        }
        boolean replayed = outcome.kind() == IdempotencyRegistry.Kind.REPLAYED;
        TaskStatus status = store.find(outcome.taskId()).map(lifecycle::statusOf).orElse(TaskStatus.PENDING);
        exchange.getResponseHeaders().set(TASK_ID_HEADER, outcome.taskId());
        Exchanges.sendJson(exchange, 200, new TaskCreateResponse()
                .id(outcome.taskId())
                .status(status)
                .taskReplayed(replayed ? Boolean.TRUE : null));
    }

    /** {@code GET /api/v1/task_results/{id}}: where a create answered 202 stands ({@link AcceptedCreates}). */
    void result(HttpExchange exchange, String id) throws IOException {
        accepted.result(exchange, id, taskId -> store.find(taskId).map(lifecycle::statusOf).orElse(TaskStatus.PENDING));
    }

    /** {@code GET /api/v1/kling/{endpoint}/{id}}: the task as it is now. */
    void get(HttpExchange exchange, TaskEndpoint endpoint, String id) throws IOException {
        SandboxTask task = store.find(endpoint, id).orElse(null);
        if (task == null) {
            Exchanges.sendError(exchange, 404, "not_found", "Task " + id + " not found");
            return;
        }
        exchange.getResponseHeaders().set(TASK_ID_HEADER, task.id());
        Exchanges.sendJson(exchange, 200, view(task));
    }

    /** @return the wire form of {@code task}: videos and usage when completed, error when failed */
    TaskResponse view(SandboxTask task) {
        TaskStatus status = lifecycle.statusOf(task);
        TaskResponse response = new TaskResponse().id(task.id()).status(status);
        if (TaskStatus.COMPLETED.equals(status)) {
            response.addVideosItem(new Video().url(videoUrl(task.id())));
            response.usage(new Usage().cost(task.cost()));
        } else if (TaskStatus.FAILED.equals(status)) {
            response.error(SandboxTask.FAILURE_MESSAGE);
        }
        return response;
    }

    private String videoUrl(String id) {
        return cdnUri + CdnHandler.VIDEOS + id + CdnHandler.SUFFIX;
    }
}
