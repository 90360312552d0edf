package io.kling4j.sandbox;

import com.sun.net.httpserver.HttpExchange;
import io.kling4j.generated.model.TaskStatus;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * RunAPI's hybrid task API, on demand ({@link SandboxFaults#acceptCreates}): a create answered {@code 202
 * Accepted} with {@code {"id": "tr_..."}}, a {@code Location} to poll and {@code Retry-After}; each poll of the
 * Location answers {@code {"status":"processing"}} a set number of times, then {@code {"status":"completed",
 * "response":{"content_type":"application/json","body":<the create's 200 answer>}}}. The task itself is created
 * at once, like any other, and a replayed {@code Idempotency-Key} is accepted again for the same task.
 */
final class AcceptedCreates {
    /** Seconds the sandbox asks a client to wait between polls. */
    static final String RETRY_AFTER = "1";

    private record Accepted(String taskId, boolean replayed, AtomicInteger pollsLeft) {
    }

    private final Map<String, Accepted> byId = new ConcurrentHashMap<>();

    /** Answers 202 for the create of {@code taskId}, whose result is ready after {@code polls} polls. */
    void accept(HttpExchange exchange, String taskId, boolean replayed, int polls) throws IOException {
        String id = Ids.resultId();
        byId.put(id, new Accepted(taskId, replayed, new AtomicInteger(polls)));
        String host = exchange.getRequestHeaders().getFirst("Host");
        String origin = host == null ? "" : "http://" + host;
        exchange.getResponseHeaders().set("Location", origin + ApiRoute.TASK_RESULTS + id);
        exchange.getResponseHeaders().set("Retry-After", RETRY_AFTER);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("status", TaskStatus.PENDING.getValue());
        Exchanges.sendJson(exchange, 202, body);
    }

    /** Registers a result that is ready at once and names {@code taskId}. */
    void seed(String id, String taskId) {
        byId.put(id, new Accepted(taskId, false, new AtomicInteger(0)));
    }

    /**
     * Answers a poll of the result {@code id}: {@code processing} while polls are left, then the create's answer.
     *
     * @param statusOf the current status of a task, by id
     */
    void result(HttpExchange exchange, String id, Function<String, TaskStatus> statusOf) throws IOException {
        Accepted accepted = byId.get(id);
        if (accepted == null) {
            Exchanges.sendError(exchange, 404, "not_found", "Task result " + id + " not found");
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        if (accepted.pollsLeft().getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            exchange.getResponseHeaders().set("Retry-After", RETRY_AFTER);
            body.put("status", TaskStatus.PROCESSING.getValue());
            Exchanges.sendJson(exchange, 200, body);
            return;
        }
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("id", accepted.taskId());
        created.put("status", statusOf.apply(accepted.taskId()).getValue());
        if (accepted.replayed()) {
            created.put("task_replayed", true);
        }
        body.put("status", TaskStatus.COMPLETED.getValue());
        body.put("response", Map.of("content_type", Exchanges.JSON, "body", created));
        Exchanges.sendJson(exchange, 200, body);
    }
}
