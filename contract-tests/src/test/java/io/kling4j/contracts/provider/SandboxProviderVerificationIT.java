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
 * embedded kling4j sandbox on 127.0.0.1: the sandbox must honour what kling4j expects of RunAPI.
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
        URI uri = sandbox.baseUri();
        context.setTarget(new HttpTestTarget(uri.getHost(), uri.getPort()));
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void interactionHoldsAgainstSandbox(PactVerificationContext context, HttpRequest request) {
        BearerKeyFilter.apply(request, API_KEY);
        context.verifyInteraction();
    }

    @State({
        ProviderStates.T2V_PENDING, ProviderStates.T2V_PROCESSING, ProviderStates.T2V_COMPLETED,
        ProviderStates.T2V_FAILED, ProviderStates.I2V_PENDING, ProviderStates.I2V_PROCESSING,
        ProviderStates.I2V_COMPLETED, ProviderStates.I2V_FAILED
    })
    void taskExists(Map<String, Object> params) {
        sandbox.seedTask((String) params.get("endpoint"), (String) params.get("id"), (String) params.get("status"));
    }

    @State({ProviderStates.T2V_MISSING, ProviderStates.I2V_MISSING})
    void noTask(Map<String, Object> params) {
        // Nothing to do: the sandbox starts empty and only seeds the *_pending.._failed ids.
    }
}
