package io.kling4j.contracts.pact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kling4j.client.Endpoint;
import io.kling4j.client.KlingClient;
import io.kling4j.client.RetryPolicy;
import io.kling4j.client.errors.RateLimitException;
import io.kling4j.client.errors.ServerException;
import io.kling4j.contracts.Await;
import io.kling4j.contracts.GeneratedClients;
import io.kling4j.generated.ApiClient;
import io.kling4j.generated.ApiException;
import io.kling4j.generated.api.EditVideoApi;
import io.kling4j.generated.api.ExtendVideoApi;
import io.kling4j.generated.api.ImageToVideoApi;
import io.kling4j.generated.api.TextToVideoApi;
import io.kling4j.generated.model.EditVideoRequest;
import io.kling4j.generated.model.ExtendVideoRequest;
import io.kling4j.generated.model.TextToVideoRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Consumer contract of the error classes (see {@link ErrorPacts}), through the generated client, and for the
 * retryable 429 and 500 also through the facade (with retries off), which must raise its typed errors.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = PactNames.PROVIDER, pactVersion = PactSpecVersion.V3, hostInterface = "127.0.0.1")
class ErrorClassesPactTest {
    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = ApiClient.createDefaultObjectMapper();

    @Pact(consumer = PactNames.CONSUMER)
    RequestResponsePact errors(PactDslWithProvider builder) {
        return ErrorPacts.all(builder);
    }

    @Test
    @PactTestFor(pactMethod = "errors")
    void everyErrorClassKeepsRunApisEnvelope(MockServer server) {
        ApiClient client = GeneratedClients.withKey(server.getUrl(), PactNames.EXAMPLE_API_KEY);
        TextToVideoApi t2v = new TextToVideoApi(client);
        EditVideoApi edit = new EditVideoApi(client);

        assertCode(402, "insufficient_credits", AccountAndFilesPactTest.call(() -> t2v.createTextToVideo(
                as(ErrorPacts.textToVideo(10), TextToVideoRequest.class), "kling4j-contract-text_to_video-no-credits", null)));
        assertCode(409, "idempotency_key_reused", AccountAndFilesPactTest.call(() -> t2v.createTextToVideo(
                as(ErrorPacts.textToVideo(7), TextToVideoRequest.class), ErrorPacts.REUSED_KEY, null)));
        assertCode(409, "source_task_not_ready", AccountAndFilesPactTest.call(() -> edit.createEditVideo(
                as(ErrorPacts.editOf(ErrorPacts.NOT_READY_SOURCE), EditVideoRequest.class), "k-not-ready", null)));
        assertCode(422, "source_task_unusable", AccountAndFilesPactTest.call(() -> edit.createEditVideo(
                as(ErrorPacts.editOf(ErrorPacts.FAILED_SOURCE), EditVideoRequest.class), "k-unusable", null)));
        ObjectNode extend = io.kling4j.contracts.SampleRequests.json(io.kling4j.contracts.Endpoint.EXTEND_VIDEO, true)
                .put("prompt", "The fox stops and looks back");
        ApiException unavailable = assertCode(503, "continuation_unavailable", AccountAndFilesPactTest.call(() ->
                new ExtendVideoApi(client).createExtendVideo(as(extend, ExtendVideoRequest.class), "k-503", null)));
        assertEquals(List.of(ErrorPacts.RETRY_AFTER), unavailable.getResponseHeaders().allValues("Retry-After"));
        ApiException limited = assertCode(429, "rate_limited",
                AccountAndFilesPactTest.call(() -> t2v.getTextToVideo(ErrorPacts.RATE_LIMITED_ID)));
        assertEquals(List.of(ErrorPacts.RETRY_AFTER), limited.getResponseHeaders().allValues("Retry-After"));
        assertCode(500, "server_error", AccountAndFilesPactTest.call(() ->
                new ImageToVideoApi(client).getImageToVideo(ErrorPacts.SERVER_ERROR_ID)));

        try (KlingClient facade = KlingClient.builder().apiKey(PactNames.EXAMPLE_API_KEY).baseUrl(server.getUrl())
                .allowInsecureHttp(true).retryPolicy(RetryPolicy.none()).build()) {
            RateLimitException rate = assertThrows(RateLimitException.class,
                    () -> facade.get(Endpoint.of("text_to_video"), ErrorPacts.RATE_LIMITED_ID));
            assertEquals(java.util.Optional.of(Duration.ofSeconds(2)), rate.retryAfter());
            assertEquals("rate_limited", rate.code());
            ServerException failed = assertThrows(ServerException.class,
                    () -> facade.get(Endpoint.of("image_to_video"), ErrorPacts.SERVER_ERROR_ID));
            assertEquals(500, failed.status());
        }
    }

    private static ApiException assertCode(int status, String code, java.util.concurrent.CompletableFuture<?> call) {
        ApiException e = Await.apiFailure(call);
        EndpointChecks.assertError(e, status, code);
        return e;
    }

    private static <T> T as(ObjectNode json, Class<T> type) {
        return MAPPER.convertValue(json, type);
    }
}
