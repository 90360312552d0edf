package io.kling4j.client.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kling4j.client.Endpoint;
import io.kling4j.client.KlingTask;
import io.kling4j.client.errors.ErrorDetails;
import io.kling4j.client.errors.UnexpectedResponseException;
import io.kling4j.client.internal.TaskJson;
import io.kling4j.generated.model.TaskResponse;
import java.io.IOException;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Framework-free helpers for RunAPI's {@code callback_url} webhooks. RunAPI posts the finished task to the
 * callback URL as the same JSON the status call returns ({@code id}, {@code status}, {@code error},
 * {@code videos}, {@code usage}); a body wrapped as {@code {"data": {...}}} is accepted too.
 *
 * <pre>{@code
 * // in your HTTP handler for the callback URL (any framework):
 * kling.webhooks().deliver(requestBody);   // ends a pending waitForAsync of that task at once
 * }</pre>
 *
 * <p>Webhook bodies are not signed by RunAPI as far as is known: treat a delivered task as a hint and, when it
 * matters, confirm it with {@code KlingClient.get}. Get an instance from {@code KlingClient.webhooks()}.
 */
public final class Webhooks {
    private static final ObjectMapper JSON = TaskJson.mapper();

    private final BiFunction<String, Function<Endpoint, KlingTask>, Integer> sink;

    /**
     * Made by {@code KlingClient.webhooks()}.
     *
     * @param sink hands a task id and a snapshot factory (per endpoint) to the pending waits; returns how many
     *     received it
     */
    public Webhooks(BiFunction<String, Function<Endpoint, KlingTask>, Integer> sink) {
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    /**
     * Reads a webhook body.
     *
     * @param endpoint the endpoint that created the task (the body does not say)
     * @param body the request body RunAPI posted
     * @return the task it describes
     * @throws UnexpectedResponseException when the body is not JSON or has no id or status
     */
    public static KlingTask parse(Endpoint endpoint, String body) {
        Objects.requireNonNull(endpoint, "endpoint");
        return KlingTask.of(endpoint, read(body));
    }

    /**
     * Reads a webhook body and completes every pending {@code waitForAsync} (and blocking {@code waitFor}) of
     * that task at once, as if its next poll had returned it. A task that is not finished yet is passed to the
     * waits' listeners and polling goes on.
     *
     * @param body the request body RunAPI posted
     * @return how many pending waits received the task (0 when none was waiting for it)
     * @throws UnexpectedResponseException when the body is not JSON or has no id or status
     */
    public int deliver(String body) {
        TaskResponse task = read(body);
        return sink.apply(task.getId(), endpoint -> KlingTask.of(endpoint, task));
    }

    /**
     * Completes every pending wait of {@code task.id()} with this snapshot, as {@link #deliver(String)} does.
     *
     * @param task a task snapshot, for example from your own webhook parsing
     * @return how many pending waits received it
     */
    public int complete(KlingTask task) {
        Objects.requireNonNull(task, "task");
        return sink.apply(task.id(), endpoint -> task);
    }

    private static TaskResponse read(String body) {
        if (body == null || body.isBlank()) {
            throw malformed("an empty body", body, null);
        }
        TaskResponse task;
        try {
            JsonNode root = JSON.readTree(body);
            if (root == null || !root.isObject()) {
                throw malformed("a body that is not a JSON object", body, null);
            }
            JsonNode node = !root.has("id") && root.path("data").isObject() ? root.get("data") : root;
            task = JSON.treeToValue(node, TaskResponse.class);
        } catch (IOException | IllegalArgumentException e) {
            throw malformed("a body that is not a task: " + e.getClass().getSimpleName(), body, e);
        }
        if (task.getId() == null || task.getId().isBlank() || task.getStatus() == null) {
            throw malformed("a task without id or status", body, null);
        }
        return task;
    }

    private static UnexpectedResponseException malformed(String what, String body, Throwable cause) {
        return new UnexpectedResponseException("webhook delivered " + what, new ErrorDetails(0, null, null, body, 0),
                cause);
    }
}
