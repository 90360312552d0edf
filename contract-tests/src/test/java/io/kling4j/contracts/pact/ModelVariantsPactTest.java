package io.kling4j.contracts.pact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.kling4j.contracts.SampleRequests;
import io.kling4j.contracts.SpecCalls;
import io.kling4j.contracts.TaskEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Creates whose wire shape goes beyond the flat sample: a multi-shot kling-3.0 video ({@code multi_prompt}
 * items) and a kling-o1 video with reference images named in the prompt. Both pass the per-model rules.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = PactNames.PROVIDER, pactVersion = PactSpecVersion.V3, hostInterface = "127.0.0.1")
class ModelVariantsPactTest {
    private static final TaskEndpoint T2V = TaskEndpoint.of("text_to_video");
    private static final String MULTI_SHOT_KEY = PactRequests.idempotencyKey(T2V, "multi-shot");
    private static final String O1_KEY = PactRequests.idempotencyKey(T2V, "o1-references");

    @Pact(consumer = PactNames.CONSUMER)
    RequestResponsePact variants(PactDslWithProvider builder) {
        PactInteractions pact = new PactInteractions(builder);
        pact.add(PactResponses.created(PactRequests.post(
                pact.upon("a request to create a multi-shot kling-3.0 text_to_video task"),
                T2V.path(), SampleRequests.multiShotTextToVideo(), MULTI_SHOT_KEY), "t_multi_shot"));
        return pact.add(PactResponses.created(PactRequests.post(
                pact.upon("a request to create a kling-o1 text_to_video task with reference images"),
                T2V.path(), SampleRequests.o1ReferencesTextToVideo(), O1_KEY), "t_o1_references")).pact();
    }

    @Test
    @PactTestFor(pactMethod = "variants")
    void theNestedShapesAreAccepted(MockServer server) {
        SpecCalls calls = TaskChecks.authorized(server);
        assertEquals("pending", calls.post(T2V.path(), SampleRequests.multiShotTextToVideo(), MULTI_SHOT_KEY)
                .body().path("status").asText());
        assertEquals("pending", calls.post(T2V.path(), SampleRequests.o1ReferencesTextToVideo(), O1_KEY)
                .body().path("status").asText());
    }
}
