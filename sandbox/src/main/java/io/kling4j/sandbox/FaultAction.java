package io.kling4j.sandbox;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * What the sandbox does to one request instead of (or on top of) answering it normally.
 *
 * @param kind    the kind of fault
 * @param status  the status of {@link Kind#RESPOND}, else 0
 * @param body    the body of {@link Kind#RESPOND} (sent as {@code application/json}), else {@code null}
 * @param headers extra response headers of {@link Kind#RESPOND}
 * @param delay   the added latency of {@link Kind#DELAY}, else zero
 */
record FaultAction(Kind kind, int status, String body, Map<String, String> headers, Duration delay) {
    /** The kinds of fault. */
    enum Kind {
        /** Answers {@code status} with {@code body}; the request is not handled. */
        RESPOND,
        /** Closes the connection without reading the request body or answering; the request is not handled. */
        RESET_BEFORE_BODY,
        /** Handles the request (a create does create its task), then closes the connection without answering. */
        RESET_AFTER_BODY,
        /** Waits {@code delay}, then handles the request normally. */
        DELAY,
        /** Handles the request, then sends half the body under a Content-Length of the whole, and closes. */
        TRUNCATED_JSON,
        /** Handles the request, then sends its status with a body that is not valid JSON. */
        MALFORMED_JSON
    }

    FaultAction {
        Objects.requireNonNull(kind, "kind");
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        delay = delay == null ? Duration.ZERO : delay;
    }

    /** @return a fault of a kind that needs no parameters */
    static FaultAction of(Kind kind) {
        return new FaultAction(kind, 0, null, Map.of(), Duration.ZERO);
    }

    /** @return whether the real handler runs (before or after the fault) */
    boolean handlesRequest() {
        return kind != Kind.RESPOND && kind != Kind.RESET_BEFORE_BODY;
    }
}
