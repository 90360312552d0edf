package io.kling4j.contracts.pact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.kling4j.contracts.Await;
import io.kling4j.contracts.GeneratedClients;
import io.kling4j.contracts.ProviderStates;
import io.kling4j.contracts.SampleRequests;
import io.kling4j.generated.ApiClient;
import io.kling4j.generated.ApiException;
import io.kling4j.generated.api.AccountApi;
import io.kling4j.generated.api.FilesApi;
import io.kling4j.generated.model.FileUploadRequest;
import io.kling4j.generated.model.FileUploadResponse;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Consumer contract of {@code POST /api/v1/files}, {@code GET /api/v1/me} and {@code GET /api/v1/me/balance}:
 * each answered, each refused without a key, an invalid upload (400) and an oversized one (413).
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = PactNames.PROVIDER, pactVersion = PactSpecVersion.V3, hostInterface = "127.0.0.1")
class AccountAndFilesPactTest {
    static final String FILES = "/api/v1/files";
    static final String ME = "/api/v1/me";
    static final String BALANCE = "/api/v1/me/balance";

    @Pact(consumer = PactNames.CONSUMER)
    RequestResponsePact upload(PactDslWithProvider builder) {
        var ok = PactResponses.fileUploaded(PactRequests.post(builder.uponReceiving("a request to upload a small PNG"),
                FILES, SampleRequests.fileUpload(true), null), "frame.png");
        var invalid = PactResponses.error(PactRequests.post(ok.uponReceiving(
                "a request to upload a file with an empty file_name"), FILES, SampleRequests.fileUpload(false), null),
                400, "invalid_request");
        var noKey = PactResponses.error(PactRequests.unauthenticatedPost(invalid.uponReceiving(
                "a request to upload a file without an API key"), FILES,
                SampleRequests.fileUpload(true).put("file_name", "anonymous.png"), null),
                401, "unauthorized");
        return PactResponses.error(PactRequests.post(noKey.given(ProviderStates.UPLOAD_LIMIT_EXCEEDED)
                        .uponReceiving("a request to upload a file larger than RunAPI accepts"),
                FILES, SampleRequests.fileUpload(true).put("file_name", "huge.png"), null),
                413, "payload_too_large").toPact();
    }

    @Pact(consumer = PactNames.CONSUMER)
    RequestResponsePact account(PactDslWithProvider builder) {
        var me = PactResponses.account(PactRequests.get(builder.uponReceiving("a request for the account"), ME));
        return PactResponses.balance(PactRequests.get(
                me.uponReceiving("a request for the credit balance"), BALANCE)).toPact();
    }

    /** Separate from {@link #account}: without the key, the requests would match those interactions too. */
    @Pact(consumer = PactNames.CONSUMER)
    RequestResponsePact accountWithoutKey(PactDslWithProvider builder) {
        var meNoKey = PactResponses.error(PactRequests.unauthenticatedGet(
                builder.uponReceiving("a request for the account without an API key"), ME), 401, "unauthorized");
        return PactResponses.error(PactRequests.unauthenticatedGet(
                meNoKey.uponReceiving("a request for the credit balance without an API key"), BALANCE),
                401, "unauthorized").toPact();
    }

    @Test
    @PactTestFor(pactMethod = "upload")
    void uploadAnswersATemporaryUrlOrAnError(MockServer server) {
        FilesApi files = new FilesApi(authorized(server));
        FileUploadResponse stored = Await.value(call(() -> files.uploadFile(upload(true, "frame.png"))));
        assertEquals("frame.png", stored.getFileName());
        assertTrue(stored.getUrl().startsWith("http"), stored.getUrl());
        assertTrue(stored.getExpiresAt().isAfter(stored.getCreatedAt()), "expires after creation");

        EndpointChecks.assertError(Await.apiFailure(call(() -> files.uploadFile(upload(false, null)))),
                400, "invalid_request");
        FilesApi anonymous = new FilesApi(GeneratedClients.withoutKey(server.getUrl()));
        EndpointChecks.assertError(Await.apiFailure(call(() -> anonymous.uploadFile(upload(true, "anonymous.png")))),
                401, "unauthorized");
        EndpointChecks.assertError(Await.apiFailure(call(() -> files.uploadFile(upload(true, "huge.png")))),
                413, "payload_too_large");
    }

    @Test
    @PactTestFor(pactMethod = "account")
    void accountAndBalance(MockServer server) {
        AccountApi account = new AccountApi(authorized(server));
        assertNotNull(Await.value(call(account::getAccount)).getId());
        assertTrue(Await.value(call(account::getAccountBalance)).getBalanceCents() >= 0);
    }

    @Test
    @PactTestFor(pactMethod = "accountWithoutKey")
    void accountAndBalanceNeedAKey(MockServer server) {
        AccountApi anonymous = new AccountApi(GeneratedClients.withoutKey(server.getUrl()));
        EndpointChecks.assertError(Await.apiFailure(call(anonymous::getAccount)), 401, "unauthorized");
        EndpointChecks.assertError(Await.apiFailure(call(anonymous::getAccountBalance)), 401, "unauthorized");
    }

    private static FileUploadRequest upload(boolean valid, String fileName) {
        var json = SampleRequests.fileUpload(valid);
        if (fileName != null) {
            json.put("file_name", fileName);
        }
        return ApiClient.createDefaultObjectMapper().convertValue(json, FileUploadRequest.class);
    }

    private static ApiClient authorized(MockServer server) {
        return GeneratedClients.withKey(server.getUrl(), PactNames.EXAMPLE_API_KEY);
    }

    /** A generated-client call that declares {@link ApiException}. */
    interface Call<T> {
        CompletableFuture<T> run() throws ApiException;
    }

    static <T> CompletableFuture<T> call(Call<T> call) {
        try {
            return call.run();
        } catch (ApiException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

}
