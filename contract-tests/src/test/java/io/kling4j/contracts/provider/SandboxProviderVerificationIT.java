package io.kling4j.contracts.provider;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import io.kling4j.contracts.ProviderStates;
import io.kling4j.contracts.pact.PactNames;
import io.kling4j.sandbox.KlingSandbox;
import java.net.URI;
import java.util.Map;
import org.apache.hc.core5.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Replays every interaction of the pacts in target/pacts (written by the *PactTest classes) against the
 * embedded kling4j sandbox on 127.0.0.1: the sandbox must honour what kling4j expects of RunAPI. The answers
 * the sandbox gives only on demand ({@link ProviderStates#FAULT_STATES}: 402, 413, 429, 500, 503) are armed
 * through its fault injection ({@link InjectedFaults}) for the one request of their interaction.
 */
@Provider(PactNames.PROVIDER)
@PactFolder("target/pacts")
class SandboxProviderVerificationIT {
    private static final String API_KEY = "sk-contract-test";
    private static KlingSandbox sandbox;

    @BeforeAll
    static void startSandbox() {
        sandbox = KlingSandbox.builder().port(0).apiKey(API_KEY).build().start();
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @BeforeEach
    void target(PactVerificationContext context) {
        sandbox.faults().clear(); // runs before the state change of this interaction

        URI uri = sandbox.baseUri();
        context.setTarget(new HttpTestTarget(uri.getHost(), uri.getPort()));
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void interactionHoldsAgainstSandbox(PactVerificationContext context, HttpRequest request) {
        BearerKeyFilter.apply(request, API_KEY);
        context.verifyInteraction();
    }

    @State(ProviderStates.TASK_EXISTS)
    void taskExists(Map<String, Object> params) {
        sandbox.seedTask((String) params.get("endpoint"), (String) params.get("id"), (String) params.get("status"));
    }

    @State(ProviderStates.NO_TASK)
    void noTask(Map<String, Object> params) {
        // Nothing to do: the sandbox never holds the *_missing ids.
    }

    @State(ProviderStates.IDEMPOTENCY_KEY_USED)
    void idempotencyKeyUsed(Map<String, Object> params) {
        SandboxRequests.create(sandbox, API_KEY, (String) params.get("endpoint"), (String) params.get("key"),
                (String) params.get("body"));
    }

    @State(ProviderStates.ACCEPTS_CREATES)
    void acceptsCreates() {
        sandbox.faults().acceptCreates(0);
    }

    @State(ProviderStates.TASK_RESULT_READY)
    void taskResultReady(Map<String, Object> params) {
        sandbox.seedTaskResult((String) params.get("id"), "text_to_video", (String) params.get("task"), "pending");
    }

    @State(ProviderStates.NO_CREDITS)
    void noCredits() {
        InjectedFaults.arm(sandbox, ProviderStates.NO_CREDITS);
    }

    @State(ProviderStates.RATE_LIMITED)
    void rateLimited() {
        InjectedFaults.arm(sandbox, ProviderStates.RATE_LIMITED);
    }

    @State(ProviderStates.SERVER_FAILING)
    void serverFailing() {
        InjectedFaults.arm(sandbox, ProviderStates.SERVER_FAILING);
    }

    @State(ProviderStates.CONTINUATION_DOWN)
    void continuationDown() {
        InjectedFaults.arm(sandbox, ProviderStates.CONTINUATION_DOWN);
    }

    @State(ProviderStates.UPLOAD_LIMIT_EXCEEDED)
    void uploadLimitExceeded() {
        InjectedFaults.arm(sandbox, ProviderStates.UPLOAD_LIMIT_EXCEEDED);
    }
}
