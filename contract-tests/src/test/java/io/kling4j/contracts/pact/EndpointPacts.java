package io.kling4j.contracts.pact;

import au.com.dius.pact.consumer.dsl.PactDslResponse;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.core.model.RequestResponsePact;
import io.kling4j.contracts.Endpoint;
import io.kling4j.contracts.ProviderStates;
import io.kling4j.contracts.SampleRequests;
import java.util.List;

/** The interactions of one endpoint, written once for text_to_video and image_to_video. */
final class EndpointPacts {
    static final List<String> STATUSES = List.of("pending", "processing", "completed", "failed");
    static final String CREATE = "create";
    static final String INVALID = "invalid";
    static final String NO_KEY = "no-key";

    private EndpointPacts() {
    }

    static RequestResponsePact create(PactDslWithProvider builder, Endpoint endpoint) {
        return PactResponses.created(
                PactRequests.create(builder.uponReceiving("a request to create a " + endpoint.wireName() + " task"),
                        endpoint, SampleRequests.DURATION, PactRequests.idempotencyKey(endpoint, CREATE)),
                endpoint.taskId("created")).toPact();
    }

    /** One GET interaction per status, each with its own provider state. */
    static RequestResponsePact statuses(PactDslWithProvider builder, Endpoint endpoint) {
        PactDslResponse response = null;
        for (String status : STATUSES) {
            String id = endpoint.taskId(status);
            String state = ProviderStates.taskExists(endpoint, status);
            var withState = response == null
                    ? builder.given(state, ProviderStates.taskExistsParams(endpoint, status))
                    : response.given(state, ProviderStates.taskExistsParams(endpoint, status));
            response = PactResponses.task(
                    PactRequests.get(withState.uponReceiving(
                            "a request for " + endpoint.wireName() + " task " + id + " which is " + status), endpoint, id),
                    id, status);
        }
        return response.toPact();
    }

    static RequestResponsePact invalidBody(PactDslWithProvider builder, Endpoint endpoint) {
        return PactResponses.error(
                PactRequests.create(builder.uponReceiving(
                        "a request to create a " + endpoint.wireName() + " task with duration_seconds out of range"),
                        endpoint, SampleRequests.INVALID_DURATION, PactRequests.idempotencyKey(endpoint, INVALID)),
                400, "invalid_request").toPact();
    }

    static RequestResponsePact missingKey(PactDslWithProvider builder, Endpoint endpoint) {
        return PactResponses.error(
                PactRequests.unauthenticatedCreate(builder.uponReceiving(
                        "a request to create a " + endpoint.wireName() + " task without an API key"),
                        endpoint, SampleRequests.DURATION, PactRequests.idempotencyKey(endpoint, NO_KEY)),
                401, "unauthorized").toPact();
    }

    static RequestResponsePact unknownTask(PactDslWithProvider builder, Endpoint endpoint) {
        String id = endpoint.missingTaskId();
        return PactResponses.error(
                PactRequests.get(builder
                        .given(ProviderStates.noTask(endpoint), ProviderStates.noTaskParams(endpoint))
                        .uponReceiving("a request for unknown " + endpoint.wireName() + " task " + id),
                        endpoint, id),
                404, "not_found").toPact();
    }
}
