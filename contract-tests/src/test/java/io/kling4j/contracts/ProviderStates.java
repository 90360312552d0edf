package io.kling4j.contracts;

import java.util.Map;

/**
 * Provider-state names shared by the consumer tests (which write them into the pacts) and the provider
 * verification (whose {@code @State} methods carry exactly these names). States are templates: the
 * {@code {placeholders}} are filled by the state's params, so one name serves every endpoint and id.
 *
 * <p>{@link #FAULT_STATES} are answers the sandbox gives only through its fault injection
 * ({@code KlingSandbox.faults()}); provider verification arms them per interaction.
 */
public final class ProviderStates {
    /** Params {@code endpoint}, {@code id}, {@code status}: a task frozen in that status. */
    public static final String TASK_EXISTS = "task {id} exists on {endpoint} with status {status}";
    /** Params {@code endpoint}, {@code id}: no such task. */
    public static final String NO_TASK = "no task {id} exists on {endpoint}";
    /** Params {@code endpoint}, {@code key}, {@code body}: the key was used first with another (valid) body. */
    public static final String IDEMPOTENCY_KEY_USED = "Idempotency-Key {key} was used on {endpoint} with another body";
    /** RunAPI answers creates {@code 202 Accepted} with a Location to poll (its hybrid task API). */
    public static final String ACCEPTS_CREATES = "creates are answered 202 Accepted";
    /** Params {@code id}, {@code task}: the result {@code id} of an accepted create is ready and names task {@code task}. */
    public static final String TASK_RESULT_READY = "the result {id} of an accepted create names task {task}";
    /** The account cannot pay for a task (402). */
    public static final String NO_CREDITS = "the account has no credits left";
    /** The rate limit is exhausted (429 with Retry-After). */
    public static final String RATE_LIMITED = "the rate limit is exhausted";
    /** The provider fails internally (500). */
    public static final String SERVER_FAILING = "the server fails internally";
    /** Video continuation is down for a while (503 with Retry-After). */
    public static final String CONTINUATION_DOWN = "video continuation is temporarily unavailable";
    /** The upload is larger than the provider accepts (413). */
    public static final String UPLOAD_LIMIT_EXCEEDED = "uploads of this size are refused";

    /**
     * States the sandbox produces only by fault injection, with what is injected. (Its own 413 needs a body over
     * its upload limit, too large for a pact file, so 413 is injected too.)
     */
    public static final Map<String, String> FAULT_STATES = Map.of(
            NO_CREDITS, "402 insufficient_credits on the next POSTs",
            RATE_LIMITED, "429 rate_limited with Retry-After 0 on the next GETs",
            SERVER_FAILING, "500 server_error on the next GETs",
            CONTINUATION_DOWN, "503 continuation_unavailable with Retry-After 0 on the next extend_video creates",
            UPLOAD_LIMIT_EXCEEDED, "413 payload_too_large on the next uploads");

    private ProviderStates() {
    }

    /** @return the params of {@link #TASK_EXISTS} for the contracts' id of a task of this endpoint in {@code status} */
    public static Map<String, Object> taskExistsParams(TaskEndpoint endpoint, String status) {
        return taskExistsParams(endpoint.segment(), endpoint.taskId(status), status);
    }

    /** @return the params of {@link #TASK_EXISTS}: a task {@code id} of the endpoint {@code segment} */
    public static Map<String, Object> taskExistsParams(String segment, String id, String status) {
        return Map.of("endpoint", segment, "id", id, "status", status);
    }

    /** @return the params of {@link #NO_TASK} */
    public static Map<String, Object> noTaskParams(TaskEndpoint endpoint) {
        return Map.of("endpoint", endpoint.segment(), "id", endpoint.missingTaskId());
    }

    /** @return {@code template} with each {@code {name}} replaced by its param, e.g. for logs and reports */
    public static String describe(String template, Map<String, ?> params) {
        String text = template;
        for (Map.Entry<String, ?> param : params.entrySet()) {
            text = text.replace("{" + param.getKey() + "}", String.valueOf(param.getValue()));
        }
        return text;
    }
}
