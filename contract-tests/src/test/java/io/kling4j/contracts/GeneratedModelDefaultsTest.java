package io.kling4j.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kling4j.generated.ApiClient;
import io.kling4j.generated.model.ImageToVideoRequest;
import io.kling4j.generated.model.TextToVideoRequest;
import org.junit.jupiter.api.Test;

/**
 * Regression guard found by the pact tests: the generated models once started every list as {@code []} and the
 * client sent them, which the spec rejects ({@code minItems: 1}), so RunAPI and the sandbox answered 400.
 * The generator now runs with {@code containerDefaultToNull=true}; unset lists must stay off the wire.
 */
class GeneratedModelDefaultsTest {
    @Test
    void unsetListsAreNotSent() throws Exception {
        var mapper = ApiClient.createDefaultObjectMapper();
        assertEquals("{\"model\":\"kling-3.0\",\"prompt\":\"a fox\"}",
                mapper.writeValueAsString(new TextToVideoRequest().model("kling-3.0").prompt("a fox")));
        assertEquals("{\"model\":\"kling-v2.6\",\"prompt\":\"a cat\",\"first_frame_image_url\":\"https://e.x/c.png\"}",
                mapper.writeValueAsString(new ImageToVideoRequest()
                        .model("kling-v2.6").prompt("a cat").firstFrameImageUrl("https://e.x/c.png")));
    }
}
