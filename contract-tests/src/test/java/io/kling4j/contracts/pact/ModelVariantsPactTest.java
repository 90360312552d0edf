package io.kling4j.contracts.pact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.kling4j.contracts.Await;
import io.kling4j.contracts.Endpoint;
import io.kling4j.contracts.GeneratedClients;
import io.kling4j.contracts.SampleRequests;
import io.kling4j.generated.ApiClient;
import io.kling4j.generated.api.TextToVideoApi;
import io.kling4j.generated.model.TextToVideoRequest;
import io.kling4j.generated.model.TaskStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Creates whose wire shape goes beyond the flat sample: a multi-shot kling-3.0 video ({@code multi_prompt}
 * items) and a kling-o1 video with reference images named in the prompt. Both pass the per-model rules.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = PactNames.PROVIDER, pactVersion = PactSpecVersion.V3, hostInterface = "127.0.0.1")
class ModelVariantsPactTest {
    private static final Endpoint T2V = Endpoint.TEXT_TO_VIDEO;

    @Pact(consumer = PactNames.CONSUMER)
    RequestResponsePact variants(PactDslWithProvider builder) {
        var multiShot = PactResponses.created(PactRequests.post(
                builder.uponReceiving("a request to create a multi-shot kling-3.0 text_to_video task"),
                T2V.path(), SampleRequests.multiShotTextToVideo(), PactRequests.idempotencyKey(T2V, "multi-shot")),
                "t_multi_shot");
        return PactResponses.created(PactRequests.post(
                multiShot.uponReceiving("a request to create a kling-o1 text_to_video task with reference images"),
                T2V.path(), SampleRequests.o1ReferencesTextToVideo(), PactRequests.idempotencyKey(T2V, "o1-references")),
                "t_o1_references").toPact();
    }

    @Test
    @PactTestFor(pactMethod = "variants")
    void generatedModelsWriteTheNestedShapes(MockServer server) {
        TextToVideoApi api = new TextToVideoApi(GeneratedClients.withKey(server.getUrl(), PactNames.EXAMPLE_API_KEY));
        var mapper = ApiClient.createDefaultObjectMapper();
        TextToVideoRequest multiShot = mapper.convertValue(SampleRequests.multiShotTextToVideo(), TextToVideoRequest.class);
        assertEquals(2, multiShot.getMultiPrompt().size());
        TextToVideoRequest o1 = mapper.convertValue(SampleRequests.o1ReferencesTextToVideo(), TextToVideoRequest.class);
        assertEquals(2, o1.getReferenceImageUrls().size());
        assertEquals(TaskStatus.PENDING, Await.value(AccountAndFilesPactTest.call(
                () -> api.createTextToVideo(multiShot, "k-multi-shot", null))).getStatus());
        assertEquals(TaskStatus.PENDING, Await.value(AccountAndFilesPactTest.call(
                () -> api.createTextToVideo(o1, "k-o1", null))).getStatus());
    }
}
