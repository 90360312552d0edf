package io.kling4j.contracts.pact;

import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithoutPath;
import com.fasterxml.jackson.databind.JsonNode;
import io.kling4j.contracts.TaskEndpoint;

/** The request half of the interactions: what kling4j must send. */
final class PactRequests {
    private static final String BEARER = "Bearer \\S+";

    private PactRequests() {
    }

    /**
     * The Idempotency-Key of one create interaction. Each interaction has its own, because the provider answers
     * 409 when a key comes back with a different body.
     */
    static String idempotencyKey(String segment, String purpose) {
        return "kling4j-contract-" + segment + "-" + purpose;
    }

    /** {@link #idempotencyKey(String, String)} of a task endpoint. */
    static String idempotencyKey(TaskEndpoint endpoint, String purpose) {
        return idempotencyKey(endpoint.segment(), purpose);
    }

    /** POST of the endpoint's sample body (valid or not) with a bearer key, JSON content type and an Idempotency-Key. */
    static PactDslRequestWithPath create(
            PactDslRequestWithoutPath request, TaskEndpoint endpoint, boolean valid, String idempotencyKey) {
        return post(request, endpoint.path(), valid ? endpoint.validBody() : endpoint.invalidBody(), idempotencyKey);
    }

    /** The same POST without any Authorization header. */
    static PactDslRequestWithPath unauthenticatedCreate(
            PactDslRequestWithoutPath request, TaskEndpoint endpoint, boolean valid, String idempotencyKey) {
        return unauthenticatedPost(request, endpoint.path(),
                valid ? endpoint.validBody() : endpoint.invalidBody(), idempotencyKey);
    }

    /** POST of {@code body} (matched exactly) to {@code path} with a bearer key; no Idempotency-Key when null. */
    static PactDslRequestWithPath post(PactDslRequestWithoutPath request, String path, JsonNode body, String idempotencyKey) {
        return authorized(unauthenticatedPost(request, path, body, idempotencyKey));
    }

    /** The same POST without any Authorization header. */
    static PactDslRequestWithPath unauthenticatedPost(
            PactDslRequestWithoutPath request, String path, JsonNode body, String idempotencyKey) {
        return jsonBody(request.method("POST").path(path), body, idempotencyKey);
    }

    /** {@link #post} for a request that follows another interaction in the same pact. */
    static PactDslRequestWithPath post(PactDslRequestWithPath request, String path, JsonNode body, String idempotencyKey) {
        return authorized(unauthenticatedPost(request, path, body, idempotencyKey));
    }

    /** {@link #unauthenticatedPost} for a request that follows another interaction in the same pact. */
    static PactDslRequestWithPath unauthenticatedPost(
            PactDslRequestWithPath request, String path, JsonNode body, String idempotencyKey) {
        return jsonBody(request.method("POST").path(path), body, idempotencyKey);
    }

    private static PactDslRequestWithPath jsonBody(PactDslRequestWithPath post, JsonNode body, String idempotencyKey) {
        PactDslRequestWithPath withBody = post
                .headers("Content-Type", "application/json")
                .body(body.toString(), "application/json");
        return idempotencyKey == null ? withBody : withBody.matchHeader("Idempotency-Key", "\\S+", idempotencyKey);
    }

    /** {@link #get(PactDslRequestWithoutPath, String)} for a request that follows another interaction. */
    static PactDslRequestWithPath get(PactDslRequestWithPath request, String path) {
        return authorized(unauthenticatedGet(request, path));
    }

    /** {@link #unauthenticatedGet(PactDslRequestWithoutPath, String)} for a request that follows another interaction. */
    static PactDslRequestWithPath unauthenticatedGet(PactDslRequestWithPath request, String path) {
        return request.method("GET").path(path);
    }

    /** GET of one task with a bearer key. */
    static PactDslRequestWithPath get(PactDslRequestWithoutPath request, TaskEndpoint endpoint, String id) {
        return get(request, endpoint.taskPath(id));
    }

    /** GET of {@code path} with a bearer key. */
    static PactDslRequestWithPath get(PactDslRequestWithoutPath request, String path) {
        return authorized(unauthenticatedGet(request, path));
    }

    /** GET of {@code path} without any Authorization header. */
    static PactDslRequestWithPath unauthenticatedGet(PactDslRequestWithoutPath request, String path) {
        return request.method("GET").path(path);
    }

    private static PactDslRequestWithPath authorized(PactDslRequestWithPath request) {
        return request.matchHeader("Authorization", BEARER, "Bearer " + PactNames.EXAMPLE_API_KEY);
    }
}
