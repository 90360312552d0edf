package io.kling4j.contracts.pact;

import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithoutPath;
import io.kling4j.contracts.Endpoint;
import io.kling4j.contracts.SampleRequests;

/** The request half of the interactions: what the generated client must send. */
final class PactRequests {
    private static final String BEARER = "Bearer \\S+";

    private PactRequests() {
    }

    /**
     * The Idempotency-Key of one create interaction. Each interaction has its own, because the provider answers
     * 409 when a key comes back with a different body.
     */
    static String idempotencyKey(Endpoint endpoint, String purpose) {
        return "kling4j-contract-" + endpoint.wireName() + "-" + purpose;
    }

    /** POST of the sample body with a bearer key, JSON content type and an Idempotency-Key. */
    static PactDslRequestWithPath create(
            PactDslRequestWithoutPath request, Endpoint endpoint, int durationSeconds, String idempotencyKey) {
        return unauthenticatedCreate(request, endpoint, durationSeconds, idempotencyKey)
                .matchHeader("Authorization", BEARER, "Bearer " + PactNames.EXAMPLE_API_KEY);
    }

    /** The same POST without any Authorization header. */
    static PactDslRequestWithPath unauthenticatedCreate(
            PactDslRequestWithoutPath request, Endpoint endpoint, int durationSeconds, String idempotencyKey) {
        return request
                .method("POST")
                .path(endpoint.path())
                .headers("Content-Type", "application/json")
                .matchHeader("Idempotency-Key", "\\S+", idempotencyKey)
                .body(body(endpoint, durationSeconds));
    }

    /** GET of one task with a bearer key. */
    static PactDslRequestWithPath get(PactDslRequestWithoutPath request, Endpoint endpoint, String id) {
        return request
                .method("GET")
                .path(endpoint.taskPath(id))
                .matchHeader("Authorization", BEARER, "Bearer " + PactNames.EXAMPLE_API_KEY);
    }

    /** The JSON the generated client writes for {@link SampleRequests}; the duration is matched exactly. */
    private static DslPart body(Endpoint endpoint, int durationSeconds) {
        PactDslJsonBody body = new PactDslJsonBody();
        switch (endpoint) {
            case TEXT_TO_VIDEO -> body
                    .stringValue("model", SampleRequests.T2V_MODEL)
                    .stringType("prompt", SampleRequests.T2V_PROMPT)
                    .stringValue("output_resolution", "720p");
            case IMAGE_TO_VIDEO -> body
                    .stringValue("model", SampleRequests.I2V_MODEL)
                    .stringType("prompt", SampleRequests.I2V_PROMPT)
                    .stringType("first_frame_image_url", SampleRequests.I2V_FIRST_FRAME)
                    .stringValue("mode", "pro");
        }
        return body
                .numberValue("duration_seconds", durationSeconds)
                .stringMatcher("aspect_ratio", "16:9|9:16|1:1", "16:9");
    }
}
