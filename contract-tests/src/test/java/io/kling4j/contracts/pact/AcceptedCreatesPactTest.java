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
import io.kling4j.client.KlingClient;
import io.kling4j.client.RequestOptions;
import io.kling4j.client.RetryPolicy;
import io.kling4j.contracts.Await;
import io.kling4j.contracts.Endpoint;
import io.kling4j.contracts.GeneratedClients;
import io.kling4j.contracts.ProviderStates;
import io.kling4j.contracts.SampleRequests;
import io.kling4j.generated.api.TaskResultsApi;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Consumer contract of RunAPI's hybrid task API: a create answered {@code 202 Accepted} with a {@code Location}
 * (relative here; the sandbox sends it absolute, both match) and {@code Retry-After}, the Location answering the
 * create's own answer, and an unknown result (404). The facade follows the 202 to the task.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = PactNames.PROVIDER, pactVersion = PactSpecVersion.V3, hostInterface = "127.0.0.1")
class AcceptedCreatesPactTest {
    private static final String RESULT_ID = "tr_contract";
    private static final String TASK_ID = "t_accepted";
    private static final String RESULT = "/api/v1/task_results/";
    private static final String KEY = PactRequests.idempotencyKey(Endpoint.TEXT_TO_VIDEO, "accepted");

    @Pact(consumer = PactNames.CONSUMER)
    RequestResponsePact accepted(PactDslWithProvider builder) {
        var accepted = PactRequests.create(builder.given(ProviderStates.ACCEPTS_CREATES)
                .uponReceiving("a create that RunAPI answers 202 Accepted"), Endpoint.TEXT_TO_VIDEO, true, KEY)
                .willRespondWith().status(202)
                .matchHeader("Content-Type", "application/json(;.*)?", "application/json")
                .matchHeader("Location", "(https?://[^/]+)?/api/v1/task_results/[A-Za-z0-9_.:-]+", RESULT + RESULT_ID)
                .matchHeader("Retry-After", "\\d+", "0")
                .body(new PactDslJsonBody().stringMatcher("id", "[A-Za-z0-9_.:-]+", RESULT_ID));
        var ready = accepted.given(ProviderStates.TASK_RESULT_READY, Map.of("id", RESULT_ID, "task", TASK_ID))
                .uponReceiving("a poll of the Location of an accepted create whose answer is ready");
        var result = PactRequests.get(ready, RESULT + RESULT_ID).willRespondWith().status(200)
                .matchHeader("Content-Type", "application/json(;.*)?", "application/json")
                .body(new PactDslJsonBody().stringValue("status", "completed").object("response")
                        .stringMatcher("content_type", "application/json.*", "application/json")
                        .object("body").stringValue("id", TASK_ID).stringType("status", "pending").closeObject()
                        .closeObject());
        return PactResponses.error(PactRequests.get(result.uponReceiving("a poll of an unknown task result"),
                RESULT + "tr_missing"), 404, "not_found").toPact();
    }

    @Test
    @PactTestFor(pactMethod = "accepted")
    void theFacadeFollowsTheLocationToTheTask(MockServer server) {
        try (KlingClient facade = KlingClient.builder().apiKey(PactNames.EXAMPLE_API_KEY).baseUrl(server.getUrl())
                .allowInsecureHttp(true).retryPolicy(RetryPolicy.none()).build()) {
            String id = facade.submitAsync(io.kling4j.client.TaskParams.of(io.kling4j.client.Endpoint.of("text_to_video"),
                    io.kling4j.generated.ApiClient.createDefaultObjectMapper().convertValue(
                            SampleRequests.textToVideo(SampleRequests.DURATION), java.util.Map.class)),
                    RequestOptions.none().idempotencyKey(KEY))
                    .join().id();
            assertEquals(TASK_ID, id);
        }
        TaskResultsApi results = new TaskResultsApi(GeneratedClients.withKey(server.getUrl(),
                PactNames.EXAMPLE_API_KEY));
        EndpointChecks.assertError(Await.apiFailure(AccountAndFilesPactTest.call(
                () -> results.getTaskResult("tr_missing"))), 404, "not_found");
    }
}
