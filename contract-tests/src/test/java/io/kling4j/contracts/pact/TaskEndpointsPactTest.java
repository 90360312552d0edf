package io.kling4j.contracts.pact;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.kling4j.contracts.TaskEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The consumer contract every task endpoint of the spec shares ({@link TaskPacts}: create, each status, 400, 401,
 * 404), for all of them at once: the endpoints come from the spec ({@link TaskEndpoint#all()}), so one the spec adds
 * is in the pact with no change here. Each test calls every interaction of its pact over plain HTTP.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = PactNames.PROVIDER, pactVersion = PactSpecVersion.V3, hostInterface = "127.0.0.1")
class TaskEndpointsPactTest {

    @Pact(consumer = PactNames.CONSUMER)
    RequestResponsePact create(PactDslWithProvider builder) {
        return TaskPacts.create(builder, TaskEndpoint.all());
    }

    @Pact(consumer = PactNames.CONSUMER)
    RequestResponsePact statuses(PactDslWithProvider builder) {
        return TaskPacts.statuses(builder, TaskEndpoint.all());
    }

    @Pact(consumer = PactNames.CONSUMER)
    RequestResponsePact invalidBody(PactDslWithProvider builder) {
        return TaskPacts.invalidBody(builder, TaskEndpoint.all());
    }

    @Pact(consumer = PactNames.CONSUMER)
    RequestResponsePact missingKey(PactDslWithProvider builder) {
        return TaskPacts.missingKey(builder, TaskEndpoint.all());
    }

    @Pact(consumer = PactNames.CONSUMER)
    RequestResponsePact unknownTask(PactDslWithProvider builder) {
        return TaskPacts.unknownTask(builder, TaskEndpoint.all());
    }

    @Test
    @PactTestFor(pactMethod = "create")
    void createReturnsPendingTask(MockServer server) {
        TaskChecks.create(server, TaskEndpoint.all());
    }

    @Test
    @PactTestFor(pactMethod = "statuses")
    void getReturnsEveryStatus(MockServer server) {
        TaskChecks.statuses(server, TaskEndpoint.all());
    }

    @Test
    @PactTestFor(pactMethod = "invalidBody")
    void invalidBodyIs400(MockServer server) {
        TaskChecks.invalidBody(server, TaskEndpoint.all());
    }

    @Test
    @PactTestFor(pactMethod = "missingKey")
    void missingKeyIs401(MockServer server) {
        TaskChecks.missingKey(server, TaskEndpoint.all());
    }

    @Test
    @PactTestFor(pactMethod = "unknownTask")
    void unknownTaskIs404(MockServer server) {
        TaskChecks.unknownTask(server, TaskEndpoint.all());
    }
}
