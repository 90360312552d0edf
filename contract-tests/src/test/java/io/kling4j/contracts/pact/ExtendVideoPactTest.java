package io.kling4j.contracts.pact;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.kling4j.contracts.Endpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Consumer contract of {@code extend_video}: the generated client against Pact's mock server. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = PactNames.PROVIDER, pactVersion = PactSpecVersion.V3, hostInterface = "127.0.0.1")
class ExtendVideoPactTest {
    private static final Endpoint ENDPOINT = Endpoint.EXTEND_VIDEO;

    @Pact(consumer = PactNames.CONSUMER)
    RequestResponsePact create(PactDslWithProvider builder) {
        return EndpointPacts.create(builder, ENDPOINT);
    }

    @Pact(consumer = PactNames.CONSUMER)
    RequestResponsePact statuses(PactDslWithProvider builder) {
        return EndpointPacts.statuses(builder, ENDPOINT);
    }

    @Pact(consumer = PactNames.CONSUMER)
    RequestResponsePact invalidBody(PactDslWithProvider builder) {
        return EndpointPacts.invalidBody(builder, ENDPOINT);
    }

    @Pact(consumer = PactNames.CONSUMER)
    RequestResponsePact missingKey(PactDslWithProvider builder) {
        return EndpointPacts.missingKey(builder, ENDPOINT);
    }

    @Pact(consumer = PactNames.CONSUMER)
    RequestResponsePact unknownTask(PactDslWithProvider builder) {
        return EndpointPacts.unknownTask(builder, ENDPOINT);
    }

    @Test
    @PactTestFor(pactMethod = "create")
    void createReturnsPendingTask(MockServer server) {
        EndpointChecks.create(server, ENDPOINT);
    }

    @Test
    @PactTestFor(pactMethod = "statuses")
    void getReturnsEveryStatus(MockServer server) {
        EndpointChecks.statuses(server, ENDPOINT);
    }

    @Test
    @PactTestFor(pactMethod = "invalidBody")
    void invalidBodyIs400(MockServer server) {
        EndpointChecks.invalidBody(server, ENDPOINT);
    }

    @Test
    @PactTestFor(pactMethod = "missingKey")
    void missingKeyIs401(MockServer server) {
        EndpointChecks.missingKey(server, ENDPOINT);
    }

    @Test
    @PactTestFor(pactMethod = "unknownTask")
    void unknownTaskIs404(MockServer server) {
        EndpointChecks.unknownTask(server, ENDPOINT);
    }
}
