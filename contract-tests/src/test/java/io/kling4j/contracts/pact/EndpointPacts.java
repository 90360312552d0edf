package io.kling4j.contracts.pact;

import au.com.dius.pact.consumer.dsl.PactDslResponse;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.core.model.RequestResponsePact;
import io.kling4j.contracts.Endpoint;
import io.kling4j.contracts.ProviderStates;
import java.util.List;

/** The interactions of one task endpoint, written once for all six. */
final class EndpointPacts {
    static final List<String> STATUSES = List.of("pending", "processing", "completed", "failed");
    static final String CREATE = "create";
    static final String INVALID = "invalid";
    static final String NO_KEY = "no-key";

    private EndpointPacts() {
    }

    /** The create of the sample body; an extend_video create first needs its completed source task. */
    static RequestResponsePact create(PactDslWithProvider builder, Endpoint endpoint) {
        String description = "a request to create " + aTask(endpoint);
        var request = endpoint.sourceTaskId() == null ? builder.uponReceiving(description)
                : builder.given(ProviderStates.TASK_EXISTS, ProviderStates.taskExistsParams(
                        Endpoint.TEXT_TO_VIDEO, endpoint.sourceTaskId(), "completed")).uponReceiving(description);
        return PactResponses.created(
                PactRequests.create(request,
                        endpoint, true, PactRequests.idempotencyKey(endpoint, CREATE)),
                endpoint.taskId("created")).toPact();
    }

    /** One GET interaction per status, each with its own provider state. */
    static RequestResponsePact statuses(PactDslWithProvider builder, Endpoint endpoint) {
        PactDslResponse response = null;
        for (String status : STATUSES) {
            String id = endpoint.taskId(status);
            String state = ProviderStates.TASK_EXISTS;
            var params = ProviderStates.taskExistsParams(endpoint, id, status);
            var withState = response == null ? builder.given(state, params) : response.given(state, params);
            response = PactResponses.task(
                    PactRequests.get(withState.uponReceiving(
                            "a request for " + endpoint.wireName() + " task " + id + " which is " + status), endpoint, id),
                    id, status);
        }
        return response.toPact();
    }

    /** @return e.g. "a text_to_video task", "an edit_video task" */
    static String aTask(Endpoint endpoint) {
        return ("aeiou".indexOf(endpoint.wireName().charAt(0)) >= 0 ? "an " : "a ") + endpoint.wireName() + " task";
    }

    static RequestResponsePact invalidBody(PactDslWithProvider builder, Endpoint endpoint) {
        return PactResponses.error(
                PactRequests.create(builder.uponReceiving(
                        "a request to create " + aTask(endpoint) + " with an invalid body"),
                        endpoint, false, PactRequests.idempotencyKey(endpoint, INVALID)),
                400, "invalid_request").toPact();
    }

    static RequestResponsePact missingKey(PactDslWithProvider builder, Endpoint endpoint) {
        return PactResponses.error(
                PactRequests.unauthenticatedCreate(builder.uponReceiving(
                        "a request to create " + aTask(endpoint) + " without an API key"),
                        endpoint, true, PactRequests.idempotencyKey(endpoint, NO_KEY)),
                401, "unauthorized").toPact();
    }

    static RequestResponsePact unknownTask(PactDslWithProvider builder, Endpoint endpoint) {
        String id = endpoint.missingTaskId();
        return PactResponses.error(
                PactRequests.get(builder
                        .given(ProviderStates.NO_TASK, ProviderStates.noTaskParams(endpoint))
                        .uponReceiving("a request for unknown " + endpoint.wireName() + " task " + id),
                        endpoint, id),
                404, "not_found").toPact();
    }
}
