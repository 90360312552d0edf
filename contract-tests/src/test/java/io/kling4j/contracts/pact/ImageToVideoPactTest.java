package io.kling4j.contracts.pact;

import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import io.kling4j.contracts.Endpoint;
import org.junit.jupiter.api.extension.ExtendWith;

/** Consumer contract of {@code image_to_video}: the generated client against Pact's mock server. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = PactNames.PROVIDER, pactVersion = PactSpecVersion.V3, hostInterface = "127.0.0.1")
class ImageToVideoPactTest extends EndpointPactTest {
    @Override
    Endpoint endpoint() {
        return Endpoint.IMAGE_TO_VIDEO;
    }
}
