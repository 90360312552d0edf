package io.kling4j.contracts.pact;

import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.core.model.RequestResponsePact;
import io.kling4j.contracts.ProviderStates;
import io.kling4j.contracts.TaskEndpoint;
import java.util.List;

/**
 * The interactions every task endpoint has (create, GET in each status, 400, 401, 404), for all the endpoints the
 * spec declares ({@link TaskEndpoint#all()}), one pact per kind: within a kind the requests differ by path, so the
 * mock server never has two candidates for one request.
 */
final class TaskPacts {
    static final List<String> STATUSES = List.of("pending", "processing", "completed", "failed");
    static final String CREATE = "create";
    static final String INVALID = "invalid";
    static final String NO_KEY = "no-key";

    private TaskPacts() {
    }

    /** The create of each sample body; a body naming a source task first needs it, completed, on its endpoint. */
    static RequestResponsePact create(PactDslWithProvider builder, List<TaskEndpoint> endpoints) {
        PactInteractions pact = new PactInteractions(builder);
        for (TaskEndpoint endpoint : endpoints) {
            String description = "a request to create " + endpoint.aTask();
            var request = endpoint.sourceTaskId()
                    .map(source -> pact.upon(ProviderStates.TASK_EXISTS,
                            ProviderStates.taskExistsParams(endpoint.segment(), source, "completed"), description))
                    .orElseGet(() -> pact.upon(description));
            pact.add(PactResponses.created(PactRequests.create(request, endpoint, true,
                    PactRequests.idempotencyKey(endpoint, CREATE)), endpoint.taskId("created")));
        }
        return pact.pact();
    }

    /** One GET per endpoint and status, each with its own provider state. */
    static RequestResponsePact statuses(PactDslWithProvider builder, List<TaskEndpoint> endpoints) {
        PactInteractions pact = new PactInteractions(builder);
        for (TaskEndpoint endpoint : endpoints) {
            for (String status : STATUSES) {
                String id = endpoint.taskId(status);
                pact.add(PactResponses.task(PactRequests.get(pact.upon(ProviderStates.TASK_EXISTS,
                        ProviderStates.taskExistsParams(endpoint, status),
                        "a request for " + endpoint.segment() + " task " + id + " which is " + status), endpoint, id),
                        id, status));
            }
        }
        return pact.pact();
    }

    /** The invalid sample body of each endpoint: 400 invalid_request. */
    static RequestResponsePact invalidBody(PactDslWithProvider builder, List<TaskEndpoint> endpoints) {
        PactInteractions pact = new PactInteractions(builder);
        for (TaskEndpoint endpoint : endpoints) {
            pact.add(PactResponses.error(PactRequests.create(pact.upon("a request to create " + endpoint.aTask()
                    + " without " + endpoint.invalidField()), endpoint, false,
                    PactRequests.idempotencyKey(endpoint, INVALID)), 400, "invalid_request"));
        }
        return pact.pact();
    }

    /** The valid sample body of each endpoint without a key: 401 unauthorized. */
    static RequestResponsePact missingKey(PactDslWithProvider builder, List<TaskEndpoint> endpoints) {
        PactInteractions pact = new PactInteractions(builder);
        for (TaskEndpoint endpoint : endpoints) {
            pact.add(PactResponses.error(PactRequests.unauthenticatedCreate(pact.upon(
                    "a request to create " + endpoint.aTask() + " without an API key"), endpoint, true,
                    PactRequests.idempotencyKey(endpoint, NO_KEY)), 401, "unauthorized"));
        }
        return pact.pact();
    }

    /** A GET of an id no task has, per endpoint: 404 not_found. */
    static RequestResponsePact unknownTask(PactDslWithProvider builder, List<TaskEndpoint> endpoints) {
        PactInteractions pact = new PactInteractions(builder);
        for (TaskEndpoint endpoint : endpoints) {
            String id = endpoint.missingTaskId();
            pact.add(PactResponses.error(PactRequests.get(pact.upon(ProviderStates.NO_TASK,
                    ProviderStates.noTaskParams(endpoint), "a request for unknown " + endpoint.segment() + " task " + id),
                    endpoint, id), 404, "not_found"));
        }
        return pact.pact();
    }
}
