package io.kling4j.contracts.pact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kling4j.contracts.ProviderStates;
import io.kling4j.contracts.SampleRequests;
import io.kling4j.contracts.SpecCalls;
import java.time.OffsetDateTime;
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
        SpecCalls files = TaskChecks.authorized(server);
        SpecCalls.Answer stored = files.post(FILES, upload(true, "frame.png"), null);
        assertEquals(200, stored.status());
        assertEquals("frame.png", stored.body().path("file_name").asText());
        String url = stored.body().path("url").asText();
        assertTrue(url.startsWith("http"), url);
        assertTrue(OffsetDateTime.parse(stored.body().path("expires_at").asText())
                .isAfter(OffsetDateTime.parse(stored.body().path("created_at").asText())), "expires after creation");

        TaskChecks.assertError(files.post(FILES, upload(false, null), null), 400, "invalid_request");
        TaskChecks.assertError(SpecCalls.withoutKey(server.getUrl()).post(FILES, upload(true, "anonymous.png"), null),
                401, "unauthorized");
        TaskChecks.assertError(files.post(FILES, upload(true, "huge.png"), null), 413, "payload_too_large");
    }

    @Test
    @PactTestFor(pactMethod = "account")
    void accountAndBalance(MockServer server) {
        SpecCalls account = TaskChecks.authorized(server);
        assertTrue(account.get(ME).body().path("id").isIntegralNumber(), "account id");
        assertTrue(account.get(BALANCE).body().path("balance_cents").asLong(-1) >= 0, "balance_cents");
    }

    @Test
    @PactTestFor(pactMethod = "accountWithoutKey")
    void accountAndBalanceNeedAKey(MockServer server) {
        SpecCalls anonymous = SpecCalls.withoutKey(server.getUrl());
        TaskChecks.assertError(anonymous.get(ME), 401, "unauthorized");
        TaskChecks.assertError(anonymous.get(BALANCE), 401, "unauthorized");
    }

    private static ObjectNode upload(boolean valid, String fileName) {
        ObjectNode json = SampleRequests.fileUpload(valid);
        if (fileName != null) {
            json.put("file_name", fileName);
        }
        return json;
    }
}
