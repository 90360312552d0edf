package io.kling4j.client.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kling4j.generated.ApiClient;
import io.kling4j.generated.rules.KlingRules;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The typed builders produce the wire bodies the spec describes, and valid ones pass the spec's rules. */
class RequestBuildersTest {
    private final ObjectMapper json = ApiClient.createDefaultObjectMapper();

    @Test
    void multiShotWithElements() throws Exception {
        var request = TextToVideo.builder().model("kling-3.0").sound(true)
                .shots(Shot.of("A fox wakes up", 4), Shot.of("It runs into the snow", 6))
                .elements(Element.named("fox").inputs("https://cdn.example.com/fox.png").capture(0, 4000).build())
                .build();
        assertEquals("{\"model\":\"kling-3.0\",\"enable_sound\":true,\"multi_shots\":true,\"multi_prompt\":"
                + "[{\"prompt\":\"A fox wakes up\",\"duration_seconds\":4},{\"prompt\":\"It runs into the snow\","
                + "\"duration_seconds\":6}],\"kling_elements\":[{\"name\":\"fox\",\"element_input_urls\":"
                + "[\"https://cdn.example.com/fox.png\"],\"start_time\":0,\"end_time\":4000}]}",
                json.writeValueAsString(request));
        assertEquals(List.of(), KlingRules.check("TextToVideoRequest", json.valueToTree(request)));
    }

    @Test
    void o1WithReferences() {
        var request = TextToVideo.builder().model("kling-o1").prompt("<<<image_1>>> in the style of <<<video_1>>>")
                .duration(5).mode("pro").referenceImages("https://cdn.example.com/a.png")
                .referenceVideo("https://cdn.example.com/style.mp4", "feature", true).build();
        assertEquals(List.of(), KlingRules.check("TextToVideoRequest", json.valueToTree(request)));
    }

    @Test
    void everyEndpointHasABuilderWhoseValidBodyPasses() {
        assertEquals(List.of(), KlingRules.check("ImageToVideoRequest", json.valueToTree(ImageToVideo.builder()
                .model("kling-v2.6").prompt("The cat blinks").firstFrame("https://cdn.example.com/cat.png")
                .lastFrame("https://cdn.example.com/cat2.png").mode("pro").duration(5).build())));
        assertEquals(List.of(), KlingRules.check("EditVideoRequest", json.valueToTree(EditVideo.builder()
                .model("kling-v3-omni-edit").prompt("Make it snow").sourceTask("task_1").aspectRatio("auto").build())));
        assertEquals(List.of(), KlingRules.check("ExtendVideoRequest", json.valueToTree(ExtendVideo.of("task_1")
                .prompt("The fox keeps running").mode("pro").build())));
        assertEquals(List.of(), KlingRules.check("AiAvatarRequest", json.valueToTree(AiAvatar.of("kling-ai-avatar-pro",
                "https://cdn.example.com/face.png", "https://cdn.example.com/hello.mp3", "Warm and friendly"))));
        assertEquals(List.of(), KlingRules.check("MotionControlRequest", json.valueToTree(MotionControl.of("kling-v2.6",
                "https://cdn.example.com/hero.png", "https://cdn.example.com/dance.mp4").resolution("720p")
                .characterOrientation("video").build())));
    }
}
