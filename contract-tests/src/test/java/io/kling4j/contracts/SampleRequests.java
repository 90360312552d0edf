package io.kling4j.contracts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The request bodies of the contracts that are not a task endpoint's sample (those come from the spec:
 * {@link TaskEndpoint#validBody()}): nested text-to-video shapes, uploads and price quotes. The Pact and SCC
 * contracts spell out the same values, so a change here must be mirrored there (the consumer tests fail
 * otherwise). Every valid body passes the spec's schema and per-model rules ({@code SampleRequestsPassRulesTest}).
 */
public final class SampleRequests {
    public static final String T2V_MODEL = "kling-3.0";
    public static final String T2V_PROMPT = "A red fox running through fresh snow at dawn";
    /** Outside the spec's 3..15: RunAPI (and the sandbox) answer 400 invalid_request. */
    public static final int INVALID_DURATION = 99;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SampleRequests() {
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
