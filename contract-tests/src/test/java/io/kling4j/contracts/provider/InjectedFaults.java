package io.kling4j.contracts.provider;

import io.kling4j.contracts.ProviderStates;
import io.kling4j.sandbox.KlingSandbox;
import io.kling4j.sandbox.SandboxFaults;
import java.time.Duration;
import java.util.Map;

/**
 * Produces the {@link ProviderStates#FAULT_STATES} on a sandbox through its fault injection
 * ({@link KlingSandbox#faults()}), with RunAPI's error envelope and code. Each hits the next
 * {@value #ATTEMPTS} matching requests: Pact's verifier (Apache HttpClient 5) retries a 429 or 503 once on its
 * own, after the {@code Retry-After}, so a single-shot fault would be verified against the retry's answer.
 * {@code Retry-After} is 0 for that reason (the pacts match it by {@code \d+}). Call
 * {@link SandboxFaults#clear()} between interactions.
 */
final class InjectedFaults {
    private static final Map<String, String> JSON_CODES = Map.of(
            ProviderStates.NO_CREDITS, "insufficient_credits",
            ProviderStates.SERVER_FAILING, "server_error",
            ProviderStates.CONTINUATION_DOWN, "continuation_unavailable",
            ProviderStates.UPLOAD_LIMIT_EXCEEDED, "payload_too_large");

    /** Requests each fault hits: the verifier's request and its own retry, with one to spare. */
    static final int ATTEMPTS = 3;

    private InjectedFaults() {
    }

    /** Arms the fault of {@code state} (one of {@link ProviderStates#FAULT_STATES}) for the next matching request. */
    static void arm(KlingSandbox sandbox, String state) {
        SandboxFaults faults = sandbox.faults();
        switch (state) {
            case ProviderStates.NO_CREDITS -> faults.on("POST", "*").attempts(1, ATTEMPTS).respond(402, envelope(state));
            case ProviderStates.UPLOAD_LIMIT_EXCEEDED -> faults.on("POST", "files").attempts(1, ATTEMPTS).respond(413, envelope(state));
            case ProviderStates.RATE_LIMITED -> faults.on("GET", "*").attempts(1, ATTEMPTS).rateLimited(Duration.ZERO);
            case ProviderStates.SERVER_FAILING -> faults.on("GET", "*").attempts(1, ATTEMPTS).respond(500, envelope(state));
            case ProviderStates.CONTINUATION_DOWN -> faults.on("POST", "extend_video").attempts(1, ATTEMPTS)
                    .respond(503, envelope(state), Map.of("Retry-After", "0"));
            default -> throw new IllegalArgumentException("not a fault state: " + state);
        }
    }

    /** @return the fault state that makes the sandbox answer {@code status}, or null when it needs none */
    static String stateFor(int status) {
        return switch (status) {
            case 402 -> ProviderStates.NO_CREDITS;
            case 413 -> ProviderStates.UPLOAD_LIMIT_EXCEEDED;
            case 429 -> ProviderStates.RATE_LIMITED;
            case 500 -> ProviderStates.SERVER_FAILING;
            case 503 -> ProviderStates.CONTINUATION_DOWN;
            default -> null;
        };
    }

    private static String envelope(String state) {
        return "{\"error\":{\"code\":\"" + JSON_CODES.get(state) + "\",\"message\":\"" + state + "\"}}";
    }
}
