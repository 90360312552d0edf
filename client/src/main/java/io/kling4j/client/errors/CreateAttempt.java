package io.kling4j.client.errors;

import io.kling4j.client.Endpoint;
import io.kling4j.client.TaskParams;
import java.util.Objects;

/**
 * What a failed create sent, kept on its exception so the task can be recovered without paying twice: the endpoint,
 * the request and the {@code Idempotency-Key} that every attempt carried. RunAPI answers a create that repeats a key
 * and its body with the task that key already made ({@code task_replayed}), so creating again with this key returns
 * that task instead of a new one: {@link io.kling4j.client.KlingClient#recover(KlingException)} does it in one call.
 *
 * @param endpoint the endpoint the create was sent to
 * @param request the request body object, as given to the client
 * @param idempotencyKey the key sent on every attempt
 * @param taskMayExist true when at least one attempt may have reached RunAPI and made the task (no answer, a reset,
 *     a timeout after sending, a 5xx, a cut-off or unreadable 2xx); false when every attempt was refused before any
 *     task could exist (connection refused, 4xx)
 */
public record CreateAttempt(Endpoint endpoint, TaskParams request, String idempotencyKey, boolean taskMayExist) {
    public CreateAttempt {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    }

    @Override
    public String toString() {
        return "CreateAttempt{endpoint=" + endpoint.path() + ", idempotencyKey=" + idempotencyKey + ", taskMayExist="
                + taskMayExist + "}";
    }
}
