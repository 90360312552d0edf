package io.kling4j.contracts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kling4j.generated.ApiClient;
import io.kling4j.generated.model.AspectRatio;
import io.kling4j.generated.model.ImageToVideoRequest;
import io.kling4j.generated.model.Mode;
import io.kling4j.generated.model.OutputResolution;
import io.kling4j.generated.model.TextToVideoRequest;

/**
 * The request bodies every contract in this module uses. The Pact and SCC contracts spell out the same values,
 * so a change here must be mirrored there (the consumer tests fail otherwise). Every valid body passes the
 * spec's schema and per-model rules ({@code SampleRequestsPassRulesTest}); every invalid one breaks exactly one.
 */
public final class SampleRequests {
    public static final String T2V_MODEL = "kling-3.0";
    public static final String T2V_PROMPT = "A red fox running through fresh snow at dawn";
    public static final String I2V_MODEL = "kling-v2.6";
    public static final String I2V_PROMPT = "The cat slowly turns its head toward the camera";
    public static final String I2V_FIRST_FRAME = "https://example.com/cat.png";
    public static final int DURATION = 5;
    /** Outside the spec's 3..15: RunAPI (and the sandbox) answer 400 invalid_request. */
    public static final int INVALID_DURATION = 99;

    private static final ObjectMapper MAPPER = ApiClient.createDefaultObjectMapper();

    private SampleRequests() {
    }

    /** @return the text-to-video body with the given duration */
    public static TextToVideoRequest textToVideo(int durationSeconds) {
        return new TextToVideoRequest()
                .model(T2V_MODEL)
                .prompt(T2V_PROMPT)
                .durationSeconds(durationSeconds)
                .aspectRatio(AspectRatio._16_9)
                .outputResolution(OutputResolution._720P);
    }

    /** @return the image-to-video body with the given duration */
    public static ImageToVideoRequest imageToVideo(int durationSeconds) {
        return new ImageToVideoRequest()
                .model(I2V_MODEL)
                .prompt(I2V_PROMPT)
                .firstFrameImageUrl(I2V_FIRST_FRAME)
                .durationSeconds(durationSeconds)
                .aspectRatio(AspectRatio._16_9)
                .mode(Mode.PRO);
    }

    /**
     * @param valid true for the body the create interactions send, false for the one the 400 interactions send
     * @return the sample body of {@code endpoint} as JSON, exactly as the generated client writes it
     */
    public static ObjectNode json(Endpoint endpoint, boolean valid) {
        int duration = valid ? DURATION : INVALID_DURATION;
        ObjectNode body = MAPPER.createObjectNode();
        switch (endpoint) {
            case TEXT_TO_VIDEO -> body = MAPPER.valueToTree(textToVideo(duration));
            case IMAGE_TO_VIDEO -> body = MAPPER.valueToTree(imageToVideo(duration));
            case EDIT_VIDEO -> body.put("model", "kling-v3-omni-edit")
                    .put("prompt", "Turn the daylight scene into a snowy night")
                    .put("source_video_url", "https://example.com/street.mp4")
                    .put("duration_seconds", duration)
                    .put("aspect_ratio", "auto");
            case EXTEND_VIDEO -> body.put("source_task_id", valid ? endpoint.sourceTaskId() : "not a task id!")
                    .put("prompt", "The fox keeps running and leaps over a fallen log")
                    .put("mode", "pro");
            case AI_AVATAR -> body.put("model", "kling-ai-avatar-standard")
                    .put("source_image_url", "https://example.com/face.png")
                    .put("source_audio_url", valid ? "https://example.com/hello.mp3" : "not-a-url")
                    .put("prompt", "A friendly presenter greets the audience");
            case MOTION_CONTROL -> body.put("model", "kling-v2.6")
                    .put("source_image_url", "https://example.com/dancer.png")
                    .put("reference_video_url", "https://example.com/dance.mp4")
                    // kling-v2.6 motion control allows 720p and 1080p only (per-model rule)
                    .put("output_resolution", valid ? "720p" : "4k")
                    .put("character_orientation", "video");
        }
        return body;
    }

    /** @return {@link #json} converted to the generated request model {@code type} */
    public static <T> T model(Endpoint endpoint, boolean valid, Class<T> type) {
        return MAPPER.convertValue(json(endpoint, valid), type);
    }

    /** @return the JSON of a generated model, as the generated client writes it */
    public static ObjectNode toJson(Object model) {
        return MAPPER.valueToTree(model);
    }

    /** Multi-shot text-to-video (kling-3.0: multi_shots needs multi_prompt and enable_sound). */
    public static ObjectNode multiShotTextToVideo() {
        ObjectNode body = MAPPER.createObjectNode()
                .put("model", "kling-3.0")
                .put("multi_shots", true)
                .put("enable_sound", true)
                .put("duration_seconds", 5)
                .put("aspect_ratio", "16:9");
        body.putArray("multi_prompt")
                .add(MAPPER.createObjectNode().put("prompt", "A fox wakes up in its den").put("duration_seconds", 2))
                .add(MAPPER.createObjectNode().put("prompt", "The fox runs out into the snow").put("duration_seconds", 3));
        return body;
    }

    /** O1 with reference images: the prompt names each image as {@code <<<image_N>>>}. */
    public static ObjectNode o1ReferencesTextToVideo() {
        ObjectNode body = MAPPER.createObjectNode()
                .put("model", "kling-o1")
                .put("prompt", "The fox from <<<image_1>>> walks through the forest of <<<image_2>>>")
                .put("duration_seconds", 5)
                .put("aspect_ratio", "16:9")
                .put("mode", "pro");
        body.putArray("reference_image_urls").add("https://example.com/fox.png").add("https://example.com/forest.jpg");
        return body;
    }

    /** A small base64 upload (a PNG signature). */
    public static ObjectNode fileUpload(boolean valid) {
        ObjectNode body = MAPPER.createObjectNode();
        body.putObject("source").put("type", "base64").put("data", "iVBORw0KGgo=");
        body.put("file_name", valid ? "frame.png" : "");
        return body;
    }

    /**
     * A price quote of 10 s of 1080p text-to-video with sound; invalid: its {@code params} break the
     * endpoint's rules ({@code duration_seconds} 99).
     */
    public static ObjectNode priceQuote(boolean valid) {
        ObjectNode body = MAPPER.createObjectNode().put("service", "kling").put("action", "text_to_video")
                .put("model", T2V_MODEL);
        body.putObject("params").put("model", T2V_MODEL).put("prompt", T2V_PROMPT)
                .put("duration_seconds", valid ? 10 : INVALID_DURATION).put("output_resolution", "1080p")
                .put("enable_sound", true);
        return body;
    }
}
