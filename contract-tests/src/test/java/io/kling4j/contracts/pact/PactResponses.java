package io.kling4j.contracts.pact;

import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslResponse;

/** The response half of the interactions: what kling4j relies on in RunAPI's answers. */
final class PactResponses {
    private static final String JSON = "application/json(;.*)?";
    /** RFC 3339 date-time, as the spec's {@code format: date-time}. */
    private static final String DATE_TIME = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})";

    private PactResponses() {
    }

    /** 200 {@code {"id": <any id>, "status": "pending"}}. */
    static PactDslResponse created(PactDslRequestWithPath request, String exampleId) {
        return json(request, 200, new PactDslJsonBody()
                .stringMatcher("id", "[A-Za-z0-9_.:-]+", exampleId)
                .stringValue("status", "pending"));
    }

    /** 200 with the task in {@code status}: completed adds videos[].url and usage.cost, failed adds error. */
    static PactDslResponse task(PactDslRequestWithPath request, String id, String status) {
        PactDslJsonBody body = new PactDslJsonBody()
                .stringValue("id", id)
                .stringValue("status", status);
        if ("completed".equals(status)) {
            body.minArrayLike("videos", 1)
                    .stringType("url", "https://cdn.runapi.ai/videos/" + id + ".mp4")
                    .closeObject().closeArray();
            body.object("usage").numberType("cost", 0.35).closeObject();
        } else if ("failed".equals(status)) {
            body.stringType("error", "The model could not render this prompt");
        }
        return json(request, 200, body);
    }

    /** {@code status} with RunAPI's envelope {@code {"error":{"code": <code>, "message": <any string>}}}. */
    static PactDslResponse error(PactDslRequestWithPath request, int status, String code) {
        return json(request, status, new PactDslJsonBody()
                .object("error")
                .stringValue("code", code)
                .stringType("message", "explanation for humans")
                .closeObject());
    }

    /** {@link #error} plus a {@code Retry-After} header in seconds (429, 503). */
    static PactDslResponse errorWithRetryAfter(PactDslRequestWithPath request, int status, String code, String seconds) {
        return error(request, status, code).matchHeader("Retry-After", "\\d+", seconds);
    }

    /** 200 with a stored file and its temporary URL. */
    static PactDslResponse fileUploaded(PactDslRequestWithPath request, String fileName) {
        return json(request, 200, new PactDslJsonBody()
                .stringValue("file_name", fileName)
                .stringMatcher("url", "https?://\\S+", "https://files.runapi.ai/files/file_123/" + fileName)
                .integerType("size_bytes", 8L)
                .stringType("mime_type", "image/png")
                .stringMatcher("created_at", DATE_TIME, "2026-01-01T00:00:00Z")
                .stringMatcher("expires_at", DATE_TIME, "2026-01-01T01:00:00Z"));
    }

    /** 200 with the account of the key: an integer id is all kling4j relies on. */
    static PactDslResponse account(PactDslRequestWithPath request) {
        return json(request, 200, new PactDslJsonBody().integerType("id", 42L));
    }

    /** 200 with the balance in cents. */
    static PactDslResponse balance(PactDslRequestWithPath request) {
        return json(request, 200, new PactDslJsonBody().integerType("balance_cents", 9965L));
    }

    /** {@code status} with a JSON {@code body}. */
    static PactDslResponse json(PactDslRequestWithPath request, int status, DslPart body) {
        return request.willRespondWith()
                .status(status)
                .matchHeader("Content-Type", JSON, "application/json")
                .body(body);
    }
}
