package io.kling4j.contracts.pact;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.kling4j.contracts.Endpoint;
import org.junit.jupiter.api.Test;

/**
 * The consumer contract every task endpoint shares (create, each status, 400, 401, 404), written once: each
 * endpoint's test class extends this and names its {@link #endpoint()}. Subclasses carry the Pact annotations.
 */
abstract class EndpointPactTest {
    /** @return the endpoint this contract pins */
    abstract Endpoint endpoint();

    @Pact(consumer = PactNames.CONSUMER)
    RequestResponsePact create(PactDslWithProvider builder) {
        return EndpointPacts.create(builder, endpoint());
    }

    @Pact(consumer = PactNames.CONSUMER)
    RequestResponsePact statuses(PactDslWithProvider builder) {
        return EndpointPacts.statuses(builder, endpoint());
    }

    @Pact(consumer = PactNames.CONSUMER)
    RequestResponsePact invalidBody(PactDslWithProvider builder) {
        return EndpointPacts.invalidBody(builder, endpoint());
    }

    @Pact(consumer = PactNames.CONSUMER)
    RequestResponsePact missingKey(PactDslWithProvider builder) {
        return EndpointPacts.missingKey(builder, endpoint());
    }

    @Pact(consumer = PactNames.CONSUMER)
    RequestResponsePact unknownTask(PactDslWithProvider builder) {
        return EndpointPacts.unknownTask(builder, endpoint());
    }

    @Test
    @PactTestFor(pactMethod = "create")
    void createReturnsPendingTask(MockServer server) {
        EndpointChecks.create(server, endpoint());
    }

    @Test
    @PactTestFor(pactMethod = "statuses")
    void getReturnsEveryStatus(MockServer server) {
        EndpointChecks.statuses(server, endpoint());
    }

    @Test
    @PactTestFor(pactMethod = "invalidBody")
    void invalidBodyIs400(MockServer server) {
        EndpointChecks.invalidBody(server, endpoint());
    }

    @Test
    @PactTestFor(pactMethod = "missingKey")
    void missingKeyIs401(MockServer server) {
        EndpointChecks.missingKey(server, endpoint());
    }

    @Test
    @PactTestFor(pactMethod = "unknownTask")
    void unknownTaskIs404(MockServer server) {
        EndpointChecks.unknownTask(server, endpoint());
    }
}
