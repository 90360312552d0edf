package io.kling4j.client.errors;

import java.util.Objects;

/**
 * What is known about a failed call: HTTP status (0 when no response arrived), RunAPI's {@code error.code}
 * (null when the server sent none), the server's request id ({@code x-request-id}), the raw response body
 * (capped at {@link #MAX_BODY_CHARS} characters), how many retries were made before giving up and RunAPI's task id
 * ({@code X-RunAPI-Task-Id}, present when a RunAPI task exists).
 *
 * @param status HTTP status, or 0 when there was no HTTP response
 * @param code the server's machine-readable {@code error.code}, or null
 * @param requestId the {@code x-request-id} response header, or null
 * @param rawBody the response body as received (size-capped), or null
 * @param retryCount number of retries made before this error was raised
 * @param runapiTaskId the {@code X-RunAPI-Task-Id} response header, or null
 */
public record ErrorDetails(int status, String code, String requestId, String rawBody, int retryCount,
        String runapiTaskId) {
    /** Bodies longer than this are cut, so an exception never holds a whole HTML error page. */
    public static final int MAX_BODY_CHARS = 8192;

    public ErrorDetails {
        if (rawBody != null && rawBody.length() > MAX_BODY_CHARS) {
            rawBody = rawBody.substring(0, MAX_BODY_CHARS) + "…[truncated]";
        }
    }

    /**
     * Details without a RunAPI task id.
     *
     * @param status HTTP status, or 0 when there was no HTTP response
     * @param code the server's machine-readable {@code error.code}, or null
     * @param requestId the {@code x-request-id} response header, or null
     * @param rawBody the response body as received (size-capped), or null
     * @param retryCount number of retries made before this error was raised
     */
    public ErrorDetails(int status, String code, String requestId, String rawBody, int retryCount) {
        this(status, code, requestId, rawBody, retryCount, null);
    }

    /** @return details for an error that happened before or without any HTTP response */
    public static ErrorDetails none() {
        return new ErrorDetails(0, null, null, null, 0);
    }

    /**
     * @param retries the number of retries made
     * @return a copy with the retry count set
     */
    public ErrorDetails withRetryCount(int retries) {
        return new ErrorDetails(status, code, requestId, rawBody, retries, runapiTaskId);
    }

    @Override
    public String toString() {
        return "status=" + status + ", code=" + Objects.toString(code, "-") + ", requestId="
                + Objects.toString(requestId, "-") + ", retries=" + retryCount
                + (runapiTaskId == null ? "" : ", runapiTaskId=" + runapiTaskId);
    }
}
