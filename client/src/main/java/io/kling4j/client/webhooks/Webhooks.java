package io.kling4j.client.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kling4j.client.Endpoint;
import io.kling4j.client.KlingTask;
import io.kling4j.client.errors.ErrorDetails;
import io.kling4j.client.errors.UnexpectedResponseException;
import io.kling4j.client.internal.TaskJson;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Framework-free helpers for RunAPI's {@code callback_url} webhooks. RunAPI posts the finished task to the
 * callback URL as the same JSON the status call returns ({@code id}, {@code status}, {@code error},
 * {@code videos}, {@code usage}); a body wrapped as {@code {"data": {...}}} is accepted too.
 *
 * <pre>{@code
 * // in your HTTP handler for the callback URL (any framework):
 * kling.webhooks().deliver(requestBody);            // unverified: polls that task now; the poll's answer counts
 * kling.webhooks().deliver(requestBody, headers);   // with KlingClientBuilder.webhookSecret(..): verified, at once
 * }</pre>
 *
 * <p>Anyone who can reach the callback URL can post to it, so an unverified body is only a hint: it makes every
 * pending wait of that task poll RunAPI at once, and RunAPI's answer (not the body) ends the wait. A delivery
 * signed by the Standard Webhooks scheme ({@link WebhookVerifier}) and verified with the client's webhook secret
 * ends the waits at once with the body's task. Get an instance from {@code KlingClient.webhooks()}.
 */
public final class Webhooks {
    private static final ObjectMapper JSON = TaskJson.mapper();

    private final BiFunction<String, Function<Endpoint, KlingTask>, Integer> sink;
    private final ToIntFunction<String> pollNow;
    private final WebhookVerifier verifier;

    /**
     * Made by {@code KlingClient.webhooks()}.
     *
     * @param sink hands a task id and a snapshot factory (per endpoint) to the pending waits; returns how many
     *     received it
     * @param pollNow polls a task now for its pending waits; returns how many polled
     * @param verifier checks signed deliveries, or null when the client has no webhook secret
     */
    public Webhooks(BiFunction<String, Function<Endpoint, KlingTask>, Integer> sink, ToIntFunction<String> pollNow,
            WebhookVerifier verifier) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.pollNow = Objects.requireNonNull(pollNow, "pollNow");
        this.verifier = verifier;
    }

    /**
     * Reads a webhook body. It is not verified: use it to learn the task id, not as the task's outcome.
     *
     * @param endpoint the endpoint that created the task (the body does not say)
     * @param body the request body RunAPI posted
     * @return the task it describes
     * @throws UnexpectedResponseException when the body is not JSON or has no id or status
     */
    public static KlingTask parse(Endpoint endpoint, String body) {
        Objects.requireNonNull(endpoint, "endpoint");
        return KlingTask.of(endpoint, read(body), null);
    }

    /**
     * Handles an unverified webhook body: every pending {@code waitForAsync} (and blocking {@code waitFor}) of the
     * task it names polls RunAPI now instead of at its next scheduled poll; the poll's answer, not the body, ends
     * the wait (a poll already under way is not doubled).
     *
     * @param body the request body RunAPI posted
     * @return how many pending waits polled now (0 when none was waiting for the task)
     * @throws UnexpectedResponseException when the body is not JSON or has no id or status
     */
    public int deliver(String body) {
        return pollNow.applyAsInt(read(body).get("id").asText());
    }

    /**
     * Handles a webhook with its headers. With a webhook secret configured on the client, the delivery must carry
     * a valid Standard Webhooks signature, and its task then completes (or fails) every pending wait at once; with
     * no secret configured, this is {@link #deliver(String)} (an immediate poll).
     *
     * @param body the raw request body, exactly as received
     * @param headers the request headers (names matched case-insensitively)
     * @return how many pending waits received the task (or polled now, without a secret)
     * @throws WebhookVerificationException when a secret is configured and the signature does not verify; nothing
     *     is delivered then
     * @throws UnexpectedResponseException when the body is not JSON or has no id or status
     */
    public int deliver(String body, Map<String, List<String>> headers) {
        if (verifier == null) {
            return deliver(body);
        }
        verifier.verify(body, Objects.requireNonNull(headers, "headers"));
        ObjectNode task = read(body);
        return sink.apply(task.get("id").asText(), endpoint -> KlingTask.of(endpoint, task, null));
    }

    /** @return true when the client has a webhook secret, so {@link #deliver(String, Map)} verifies signatures */
    public boolean verifiesSignatures() {
        return verifier != null;
    }

    /**
     * Completes every pending wait of {@code task.id()} with this snapshot at once. Only for a task you trust (one
     * you verified yourself, or fetched from RunAPI): the snapshot is not checked.
     *
     * @param task a task snapshot, for example from your own webhook parsing
     * @return how many pending waits received it
     */
    public int complete(KlingTask task) {
        Objects.requireNonNull(task, "task");
        return sink.apply(task.id(), endpoint -> task);
    }

    private static ObjectNode read(String body) {
        if (body == null || body.isBlank()) {
            throw malformed("an empty body", body, null);
        }
        ObjectNode task;
        try {
            JsonNode root = JSON.readTree(body);
            if (root == null || !root.isObject()) {
                throw malformed("a body that is not a JSON object", body, null);
            }
            JsonNode node = !root.has("id") && root.path("data").isObject() ? root.get("data") : root;
            task = TaskJson.checkedTask(node);
        } catch (IOException | IllegalArgumentException e) {
            throw malformed("a body that is not a task: " + e.getClass().getSimpleName(), body, e);
        }
        if (!task.path("id").isTextual() || task.get("id").asText().isBlank() || !task.path("status").isTextual()) {
            throw malformed("a task without id or status", body, null);
        }
        return task;
    }

    private static UnexpectedResponseException malformed(String what, String body, Throwable cause) {
        return new UnexpectedResponseException("webhook delivered " + what, new ErrorDetails(0, null, null, body, 0),
                cause);
    }
}
