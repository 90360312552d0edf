package io.kling4j.contracts.pact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.kling4j.contracts.ProviderStates;
import io.kling4j.contracts.SpecCalls;
import io.kling4j.contracts.TaskEndpoint;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Consumer contract of RunAPI's hybrid task API: a create answered {@code 202 Accepted} with a {@code Location}
 * (relative here; the sandbox sends it absolute, both match) and {@code Retry-After}, the Location answering the
 * create's own answer, and an unknown result (404). The test follows the 202 to the task as a client does.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = PactNames.PROVIDER, pactVersion = PactSpecVersion.V3, hostInterface = "127.0.0.1")
class AcceptedCreatesPactTest {
    private static final String RESULT_ID = "tr_contract";
    private static final String TASK_ID = "t_accepted";
    private static final String RESULT = "/api/v1/task_results/";
    private static final TaskEndpoint T2V = TaskEndpoint.of("text_to_video");
    private static final String KEY = PactRequests.idempotencyKey(T2V, "accepted");

    @Pact(consumer = PactNames.CONSUMER)
    RequestResponsePact accepted(PactDslWithProvider builder) {
        PactInteractions pact = new PactInteractions(builder);
        pact.add(PactRequests.create(pact.upon(ProviderStates.ACCEPTS_CREATES, Map.of(),
                        "a create that RunAPI answers 202 Accepted"), T2V, true, KEY)
                .willRespondWith().status(202)
                .matchHeader("Content-Type", "application/json(;.*)?", "application/json")
                .matchHeader("Location", "(https?://[^/]+)?/api/v1/task_results/[A-Za-z0-9_.:-]+", RESULT + RESULT_ID)
                .matchHeader("Retry-After", "\\d+", "0")
                .body(new PactDslJsonBody().stringMatcher("id", "[A-Za-z0-9_.:-]+", RESULT_ID)));
        pact.add(PactRequests.get(pact.upon(ProviderStates.TASK_RESULT_READY, Map.of("id", RESULT_ID, "task", TASK_ID),
                        "a poll of the Location of an accepted create whose answer is ready"), RESULT + RESULT_ID)
                .willRespondWith().status(200)
                .matchHeader("Content-Type", "application/json(;.*)?", "application/json")
                .body(new PactDslJsonBody().stringValue("status", "completed").object("response")
                        .stringMatcher("content_type", "application/json.*", "application/json")
                        .object("body").stringValue("id", TASK_ID).stringType("status", "pending").closeObject()
                        .closeObject()));
        return pact.add(PactResponses.error(PactRequests.get(pact.upon("a poll of an unknown task result"),
                RESULT + "tr_missing"), 404, "not_found")).pact();
    }

    @Test
    @PactTestFor(pactMethod = "accepted")
    void theLocationLeadsToTheTask(MockServer server) {
        SpecCalls calls = TaskChecks.authorized(server);
        SpecCalls.Answer accepted = calls.post(T2V.path(), T2V.validBody(), KEY);
        assertEquals(202, accepted.status());
        String location = URI.create(accepted.header("Location").get(0)).getPath();
        SpecCalls.Answer result = calls.get(location);
        assertEquals(TASK_ID, result.body().path("response").path("body").path("id").asText());
        TaskChecks.assertError(calls.get(RESULT + "tr_missing"), 404, "not_found");
    }
}
