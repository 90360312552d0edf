package io.kling4j.contracts.pact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.kling4j.contracts.SpecCalls;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Consumer contract of the error classes (see {@link ErrorPacts}): each keeps RunAPI's envelope and code. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = PactNames.PROVIDER, pactVersion = PactSpecVersion.V3, hostInterface = "127.0.0.1")
class ErrorClassesPactTest {

    @Pact(consumer = PactNames.CONSUMER)
    RequestResponsePact errors(PactDslWithProvider builder) {
        return ErrorPacts.all(builder);
    }

    @Test
    @PactTestFor(pactMethod = "errors")
    void everyErrorClassKeepsRunApisEnvelope(MockServer server) {
        SpecCalls calls = TaskChecks.authorized(server);
        String t2v = ErrorPacts.T2V.path();
        String edit = ErrorPacts.EDIT.path();

        TaskChecks.assertError(calls.post(t2v, ErrorPacts.textToVideo(10), "kling4j-contract-text_to_video-no-credits"),
                402, "insufficient_credits");
        TaskChecks.assertError(calls.post(t2v, ErrorPacts.textToVideo(7), ErrorPacts.REUSED_KEY),
                409, "idempotency_key_reused");
        TaskChecks.assertError(calls.post(edit, ErrorPacts.editOf(ErrorPacts.NOT_READY_SOURCE), "k-not-ready"),
                409, "source_task_not_ready");
        TaskChecks.assertError(calls.post(edit, ErrorPacts.editOf(ErrorPacts.FAILED_SOURCE), "k-unusable"),
                422, "source_task_unusable");
        SpecCalls.Answer unavailable = TaskChecks.assertError(calls.post(ErrorPacts.EXTEND.path(),
                ErrorPacts.extendWhileDown(), "k-503"), 503, "continuation_unavailable");
        assertEquals(List.of(ErrorPacts.RETRY_AFTER), unavailable.header("Retry-After"));
        SpecCalls.Answer limited = TaskChecks.assertError(
                calls.get(ErrorPacts.T2V.taskPath(ErrorPacts.RATE_LIMITED_ID)), 429, "rate_limited");
        assertEquals(List.of(ErrorPacts.RETRY_AFTER), limited.header("Retry-After"));
        TaskChecks.assertError(calls.get(ErrorPacts.I2V.taskPath(ErrorPacts.SERVER_ERROR_ID)), 500, "server_error");
    }
}
