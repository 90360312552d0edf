package io.kling4j.contracts.pact;

import au.com.dius.pact.consumer.dsl.PactDslRequestWithoutPath;
import au.com.dius.pact.consumer.dsl.PactDslResponse;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.core.model.RequestResponsePact;
import java.util.Map;

/**
 * Builds one pact of any number of interactions, each started afresh from the builder (so nothing of the previous
 * request carries over, as it does with {@code PactDslResponse.uponReceiving}). Pact JVM keeps every finished
 * interaction in the builder; {@link #add} finishes one.
 */
final class PactInteractions {
    private final PactDslWithProvider builder;
    private RequestResponsePact pact;

    PactInteractions(PactDslWithProvider builder) {
        this.builder = builder;
    }

    /** @return the start of an interaction without a provider state */
    PactDslRequestWithoutPath upon(String description) {
        return builder.uponReceiving(description);
    }

    /** @return the start of an interaction in the provider state {@code state} with {@code params} */
    PactDslRequestWithoutPath upon(String state, Map<String, ?> params, String description) {
        return builder.given(state, params).uponReceiving(description);
    }

    /** Finishes the interaction {@code response} ends. */
    PactInteractions add(PactDslResponse response) {
        pact = response.toPact();
        return this;
    }

    /** @return every interaction added */
    RequestResponsePact pact() {
        if (pact == null) {
            throw new IllegalStateException("no interaction added");
        }
        return pact;
    }
}
