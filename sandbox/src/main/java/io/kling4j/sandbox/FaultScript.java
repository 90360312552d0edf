package io.kling4j.sandbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Scripts one fault for the requests of one operation, obtained from {@link SandboxFaults#on(String, String)}.
 * Choose which attempts it hits ({@link #attempt(int)}, {@link #attempts(int, int)}; by default every attempt),
 * then what happens, which registers the fault and returns its {@link FaultHandle}:
 *
 * <pre>{@code
 * String segment = "...";   // a task endpoint's path segment, as in the spec
 * sandbox.faults().on("POST", segment).attempt(1).respond(503, "{\"error\":{\"message\":\"busy\"}}");
 * sandbox.faults().on("POST", segment).attempt(1).resetAfterBody();
 * sandbox.faults().on("GET", segment).attempts(1, 3).rateLimited(Duration.ofSeconds(1));
 * sandbox.faults().on("*", "*").delay(Duration.ofMillis(200));
 * }</pre>
 *
 * <p>Attempts are counted per fault from the moment it is registered: attempt 1 is the first request after that
 * which matches the method and operation, whether or not another fault hit it. When several faults would hit the
 * same request, the first registered wins.
 */
public final class FaultScript {
    private final SandboxFaults faults;
    private final String method;
    private final String operation;
    private int first = 1;
    private int last = Integer.MAX_VALUE;

    FaultScript(SandboxFaults faults, String method, String operation) {
        this.faults = faults;
        this.method = method;
        this.operation = operation;
    }

    /**
     * @param n the only attempt to hit, 1 for the first matching request
     * @return this script
     */
    public FaultScript attempt(int n) {
        return attempts(n, n);
    }

    /**
     * @param from the first attempt to hit (1-based)
     * @param to   the last attempt to hit, inclusive
     * @return this script
     */
    public FaultScript attempts(int from, int to) {
        if (from < 1 || to < from) {
            throw new IllegalArgumentException("attempts must satisfy 1 <= from <= to: " + from + ".." + to);
        }
        this.first = from;
        this.last = to;
        return this;
    }

    /**
     * Answers with this status and JSON body instead of handling the request (nothing is created).
     *
     * @param status an HTTP status, 100 to 599
     * @param body   the body, sent as {@code application/json}; {@code null} for RunAPI's error envelope
     *               {@code {"error":{"code":"sandbox_fault","message":"Injected fault"}}}
     * @return the registered fault
     */
    public FaultHandle respond(int status, String body) {
        return respond(status, body, Map.of());
    }

    /**
     * @param headers extra response headers, e.g. {@code Retry-After}
     * @see #respond(int, String)
     * @return the registered fault
     */
    public FaultHandle respond(int status, String body, Map<String, String> headers) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("status out of range: " + status);
        }
        String text = body == null
                ? new String(Json.bytes(Json.error("sandbox_fault", "Injected fault")), StandardCharsets.UTF_8)
                : body;
        return register(new FaultAction(FaultAction.Kind.RESPOND, status, text, headers, Duration.ZERO));
    }

    /**
     * Answers 429 {@code rate_limited} with {@code Retry-After} in whole seconds (rounded up).
     *
     * @param retryAfter what the Retry-After header says
     * @return the registered fault
     */
    public FaultHandle rateLimited(Duration retryAfter) {
        long seconds = (retryAfter.toMillis() + 999) / 1000;
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Retry-After", Long.toString(seconds));
        String body = new String(Json.bytes(Json.error("rate_limited", "Too many requests")),
                StandardCharsets.UTF_8);
        return respond(429, body, headers);
    }

    /** Closes the connection before reading the request body; nothing is handled. @return the fault */
    public FaultHandle resetBeforeBody() {
        return register(FaultAction.of(FaultAction.Kind.RESET_BEFORE_BODY));
    }

    /** Handles the request (a create creates its task), then closes without answering. @return the fault */
    public FaultHandle resetAfterBody() {
        return register(FaultAction.of(FaultAction.Kind.RESET_AFTER_BODY));
    }

    /**
     * Waits, then handles the request normally (on a request thread of the sandbox).
     *
     * @param latency the added latency, positive
     * @return the registered fault
     */
    public FaultHandle delay(Duration latency) {
        if (Objects.requireNonNull(latency, "latency").isNegative() || latency.isZero()) {
            throw new IllegalArgumentException("latency must be positive: " + latency);
        }
        return register(new FaultAction(FaultAction.Kind.DELAY, 0, null, Map.of(), latency));
    }

    /** Handles the request, then sends half the JSON under the whole Content-Length and closes. @return it */
    public FaultHandle truncatedJson() {
        return register(FaultAction.of(FaultAction.Kind.TRUNCATED_JSON));
    }

    /** Handles the request, then answers its status with a body that is not JSON. @return the fault */
    public FaultHandle malformedJson() {
        return register(FaultAction.of(FaultAction.Kind.MALFORMED_JSON));
    }

    private FaultHandle register(FaultAction action) {
        String attempts = last == Integer.MAX_VALUE ? "attempts " + first + "+" : first == last
                ? "attempt " + first : "attempts " + first + "-" + last;
        FaultHandle handle = new FaultHandle(action.kind() + " on " + method + " " + operation + ", " + attempts);
        faults.add(new SandboxFaults.Rule(method, operation, first, last, action, handle));
        return handle;
    }
}
