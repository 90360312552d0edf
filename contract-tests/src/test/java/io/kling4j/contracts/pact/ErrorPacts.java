package io.kling4j.contracts.pact;

import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.core.model.RequestResponsePact;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kling4j.contracts.ProviderStates;
import io.kling4j.contracts.TaskEndpoint;
import java.util.Map;

/**
 * The error classes beyond 400/401/404: 402, both 409s, 422, 429 and 503 with {@code Retry-After}, 500. They are
 * about particular endpoints (edit_video's source task, extend_video's continuation), so they name them; the
 * bodies are the spec's samples of those endpoints with a field changed. Every request differs from the others
 * (body or path), so the mock server never has two candidates.
 */
final class ErrorPacts {
    static final String REUSED_KEY = "kling4j-contract-reused-key";
    static final String RATE_LIMITED_ID = "t_rate_limited";
    static final String SERVER_ERROR_ID = "i_server_error";
    static final String NOT_READY_SOURCE = "t_source_processing";
    static final String FAILED_SOURCE = "t_source_failed";
    static final String RETRY_AFTER = "2";
    static final TaskEndpoint T2V = TaskEndpoint.of("text_to_video");
    static final TaskEndpoint I2V = TaskEndpoint.of("image_to_video");
    static final TaskEndpoint EDIT = TaskEndpoint.of("edit_video");
    static final TaskEndpoint EXTEND = TaskEndpoint.of("extend_video");

    private ErrorPacts() {
    }

    /** The text-to-video sample with another duration: each create error below has its own body. */
    static ObjectNode textToVideo(int durationSeconds) {
        return T2V.validBody().put("duration_seconds", durationSeconds);
    }

    /** An edit of the video of task {@code sourceTaskId}. */
    static ObjectNode editOf(String sourceTaskId) {
        ObjectNode body = EDIT.validBody();
        body.remove("source_video_url");
        return body.put("source_task_id", sourceTaskId);
    }

    /** The extend_video sample with another prompt (its own body). */
    static ObjectNode extendWhileDown() {
        return EXTEND.validBody().put("prompt", "The fox stops and looks back");
    }

    static RequestResponsePact all(PactDslWithProvider builder) {
        PactInteractions pact = new PactInteractions(builder);
        pact.add(PactResponses.error(PactRequests.post(pact.upon(ProviderStates.NO_CREDITS, Map.of(),
                        "a request to create a text_to_video task without enough credits"),
                T2V.path(), textToVideo(10), PactRequests.idempotencyKey(T2V, "no-credits")),
                402, "insufficient_credits"));
        pact.add(PactResponses.error(PactRequests.post(pact.upon(ProviderStates.IDEMPOTENCY_KEY_USED,
                                Map.of("endpoint", T2V.segment(), "key", REUSED_KEY, "body", textToVideo(5).toString()),
                                "a request that reuses an Idempotency-Key with another body"),
                T2V.path(), textToVideo(7), null).headers("Idempotency-Key", REUSED_KEY),
                409, "idempotency_key_reused"));
        pact.add(PactResponses.error(PactRequests.post(pact.upon(ProviderStates.TASK_EXISTS,
                                ProviderStates.taskExistsParams(T2V.segment(), NOT_READY_SOURCE, "processing"),
                                "a request to edit the video of a task that is still processing"),
                EDIT.path(), editOf(NOT_READY_SOURCE), PactRequests.idempotencyKey(EDIT, "not-ready")),
                409, "source_task_not_ready"));
        pact.add(PactResponses.error(PactRequests.post(pact.upon(ProviderStates.TASK_EXISTS,
                                ProviderStates.taskExistsParams(T2V.segment(), FAILED_SOURCE, "failed"),
                                "a request to edit the video of a failed task"),
                EDIT.path(), editOf(FAILED_SOURCE), PactRequests.idempotencyKey(EDIT, "unusable")),
                422, "source_task_unusable"));
        pact.add(PactResponses.errorWithRetryAfter(PactRequests.post(pact.upon(ProviderStates.CONTINUATION_DOWN,
                        Map.of(), "a request to extend a video while continuation is down"),
                        EXTEND.path(), extendWhileDown(), PactRequests.idempotencyKey(EXTEND, "unavailable")),
                503, "continuation_unavailable", RETRY_AFTER));
        pact.add(PactResponses.errorWithRetryAfter(PactRequests.get(pact.upon(ProviderStates.RATE_LIMITED, Map.of(),
                        "a request for a task while rate limited"), T2V, RATE_LIMITED_ID),
                429, "rate_limited", RETRY_AFTER));
        return pact.add(PactResponses.error(PactRequests.get(pact.upon(ProviderStates.SERVER_FAILING, Map.of(),
                        "a request for a task while the server fails"), I2V, SERVER_ERROR_ID),
                500, "server_error")).pact();
    }
}
