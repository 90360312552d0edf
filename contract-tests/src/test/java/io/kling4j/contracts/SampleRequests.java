package io.kling4j.contracts;

import io.kling4j.generated.model.AspectRatio;
import io.kling4j.generated.model.ImageToVideoRequest;
import io.kling4j.generated.model.Mode;
import io.kling4j.generated.model.OutputResolution;
import io.kling4j.generated.model.TextToVideoRequest;

/**
 * The request bodies every contract in this module uses. The Pact and SCC contracts spell out the same values,
 * so a change here must be mirrored there (the consumer tests fail otherwise).
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
}
