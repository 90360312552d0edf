package io.kling4j.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Remembers which task each {@code Idempotency-Key} created, as RunAPI does: the same key with the same endpoint
 * and an equal JSON body (key order and whitespace do not matter) replays the task; any other reuse is a
 * conflict. Keys never expire in the sandbox.
 */
final class IdempotencyRegistry {
    /** What a create with a key led to. */
    enum Kind { CREATED, REPLAYED, CONFLICT }

    /** @param kind what happened; @param taskId the created or replayed task, {@code null} on conflict */
    record Outcome(Kind kind, String taskId) {
    }

    private record Fingerprint(TaskEndpoint endpoint, JsonNode body) {
    }

    private final Map<String, Fingerprint> fingerprints = new HashMap<>();
    private final Map<String, String> taskIds = new HashMap<>();

    /**
     * @param key      the Idempotency-Key, or {@code null} for none (always creates)
     * @param endpoint the endpoint called
     * @param body     the parsed request body
     * @param create   creates the task and returns its id; called at most once, and only for a new key
     */
    synchronized Outcome createOrReplay(String key, TaskEndpoint endpoint, JsonNode body, Supplier<String> create) {
        if (key == null) {
            return new Outcome(Kind.CREATED, create.get());
        }
        Fingerprint fingerprint = new Fingerprint(endpoint, body);
        Fingerprint known = fingerprints.get(key);
        if (known == null) {
            String id = create.get();
            fingerprints.put(key, fingerprint);
            taskIds.put(key, id);
            return new Outcome(Kind.CREATED, id);
        }
        return known.equals(fingerprint)
                ? new Outcome(Kind.REPLAYED, taskIds.get(key))
                : new Outcome(Kind.CONFLICT, null);
    }
}
