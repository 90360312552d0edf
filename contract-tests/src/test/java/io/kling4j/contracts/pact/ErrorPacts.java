package io.kling4j.contracts.pact;

import au.com.dius.pact.consumer.dsl.PactDslResponse;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.core.model.RequestResponsePact;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kling4j.contracts.Endpoint;
import io.kling4j.contracts.ProviderStates;
import io.kling4j.contracts.SampleRequests;
import java.util.Map;

/**
 * The error classes beyond 400/401/404: 402, both 409s, 422, 429 and 503 with {@code Retry-After}, 500. Every
 * request differs from the others (body or path), so the mock server never has two candidates.
 */
final class ErrorPacts {
    static final String REUSED_KEY = "kling4j-contract-reused-key";
    static final String RATE_LIMITED_ID = "t_rate_limited";
    static final String SERVER_ERROR_ID = "i_server_error";
    static final String NOT_READY_SOURCE = "t_source_processing";
    static final String FAILED_SOURCE = "t_source_failed";
    static final String RETRY_AFTER = "2";

    private ErrorPacts() {
    }

    /** The text-to-video sample with another duration: each create error below has its own body. */
    static ObjectNode textToVideo(int durationSeconds) {
        return SampleRequests.json(Endpoint.TEXT_TO_VIDEO, true).put("duration_seconds", durationSeconds);
    }

    /** An edit of the video of task {@code sourceTaskId}. */
    static ObjectNode editOf(String sourceTaskId) {
        ObjectNode body = SampleRequests.json(Endpoint.EDIT_VIDEO, true);
        body.remove("source_video_url");
        return body.put("source_task_id", sourceTaskId);
    }

    static RequestResponsePact all(PactDslWithProvider builder) {
        Endpoint t2v = Endpoint.TEXT_TO_VIDEO;
        PactDslResponse noCredits = PactResponses.error(PactRequests.post(builder.given(ProviderStates.NO_CREDITS)
                        .uponReceiving("a request to create a text_to_video task without enough credits"),
                t2v.path(), textToVideo(10), PactRequests.idempotencyKey(t2v, "no-credits")),
                402, "insufficient_credits");
        PactDslResponse reused = PactResponses.error(PactRequests.post(noCredits.given(ProviderStates.IDEMPOTENCY_KEY_USED,
                                Map.of("endpoint", t2v.wireName(), "key", REUSED_KEY, "body", textToVideo(5).toString()))
                        .uponReceiving("a request that reuses an Idempotency-Key with another body"),
                t2v.path(), textToVideo(7), null).headers("Idempotency-Key", REUSED_KEY),
                409, "idempotency_key_reused");
        PactDslResponse notReady = PactResponses.error(PactRequests.post(reused.given(ProviderStates.TASK_EXISTS,
                                ProviderStates.taskExistsParams(t2v, NOT_READY_SOURCE, "processing"))
                        .uponReceiving("a request to edit the video of a task that is still processing"),
                Endpoint.EDIT_VIDEO.path(), editOf(NOT_READY_SOURCE), PactRequests.idempotencyKey(Endpoint.EDIT_VIDEO, "not-ready")),
                409, "source_task_not_ready");
        PactDslResponse unusable = PactResponses.error(PactRequests.post(notReady.given(ProviderStates.TASK_EXISTS,
                                ProviderStates.taskExistsParams(t2v, FAILED_SOURCE, "failed"))
                        .uponReceiving("a request to edit the video of a failed task"),
                Endpoint.EDIT_VIDEO.path(), editOf(FAILED_SOURCE), PactRequests.idempotencyKey(Endpoint.EDIT_VIDEO, "unusable")),
                422, "source_task_unusable");
        PactDslResponse continuationDown = PactResponses.errorWithRetryAfter(PactRequests.post(
                        unusable.given(ProviderStates.CONTINUATION_DOWN)
                                .uponReceiving("a request to extend a video while continuation is down"),
                        Endpoint.EXTEND_VIDEO.path(),
                        SampleRequests.json(Endpoint.EXTEND_VIDEO, true).put("prompt", "The fox stops and looks back"),
                        PactRequests.idempotencyKey(Endpoint.EXTEND_VIDEO, "unavailable")),
                503, "continuation_unavailable", RETRY_AFTER);
        PactDslResponse rateLimited = PactResponses.errorWithRetryAfter(PactRequests.get(
                        continuationDown.given(ProviderStates.RATE_LIMITED)
                                .uponReceiving("a request for a task while rate limited"), t2v, RATE_LIMITED_ID),
                429, "rate_limited", RETRY_AFTER);
        return PactResponses.error(PactRequests.get(rateLimited.given(ProviderStates.SERVER_FAILING)
                        .uponReceiving("a request for a task while the server fails"), Endpoint.IMAGE_TO_VIDEO, SERVER_ERROR_ID),
                500, "server_error").toPact();
    }
}
