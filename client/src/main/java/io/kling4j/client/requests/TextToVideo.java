package io.kling4j.client.requests;

import io.kling4j.generated.model.AspectRatio;
import io.kling4j.generated.model.Mode;
import io.kling4j.generated.model.OutputResolution;
import io.kling4j.generated.model.ReferenceVideoType;
import io.kling4j.generated.model.TextToVideoRequest;
import java.util.Arrays;
import java.util.List;

/**
 * Builds the body of {@code POST /api/v1/kling/text_to_video}:
 * <pre>{@code
 * TextToVideoRequest story = TextToVideo.builder().model("kling-3.0")
 *         .shots(Shot.of("A fox wakes up", 4), Shot.of("It runs into the snow", 6)).sound(true).build();
 * }</pre>
 */
public final class TextToVideo {
    private TextToVideo() {
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link TextToVideoRequest}; each builder makes one request. */
    public static final class Builder {
        private final TextToVideoRequest r = new TextToVideoRequest();

        private Builder() {
        }

        /**
         * @param model model slug, e.g. {@code kling-3.0}
         * @return this builder
         */
        public Builder model(String model) {
            r.model(model);
            return this;
        }

        /**
         * @param prompt what the video shows
         * @return this builder
         */
        public Builder prompt(String prompt) {
            r.prompt(prompt);
            return this;
        }

        /**
         * @param seconds length in seconds
         * @return this builder
         */
        public Builder duration(int seconds) {
            r.durationSeconds(seconds);
            return this;
        }

        /**
         * @param ratio {@code 16:9}, {@code 9:16} or {@code 1:1}
         * @return this builder
         */
        public Builder aspectRatio(String ratio) {
            r.aspectRatio(AspectRatio.fromValue(ratio));
            return this;
        }

        /**
         * @param resolution {@code 720p}, {@code 1080p} or {@code 4k}
         * @return this builder
         */
        public Builder resolution(String resolution) {
            r.outputResolution(OutputResolution.fromValue(resolution));
            return this;
        }

        /**
         * @param mode {@code std} or {@code pro}
         * @return this builder
         */
        public Builder mode(String mode) {
            r.mode(Mode.fromValue(mode));
            return this;
        }

        /**
         * @param sound generate native audio
         * @return this builder
         */
        public Builder sound(boolean sound) {
            r.enableSound(sound);
            return this;
        }

        /**
         * @param text what to avoid
         * @return this builder
         */
        public Builder negativePrompt(String text) {
            r.negativePrompt(text);
            return this;
        }

        /**
         * @param scale 0 to 1: how closely to follow the prompt
         * @return this builder
         */
        public Builder cfgScale(double scale) {
            r.cfgScale(scale);
            return this;
        }

        /**
         * Multi-shot mode: sets {@code multi_shots} and {@code multi_prompt}.
         *
         * @param shots the shots in order
         * @return this builder
         */
        public Builder shots(Shot... shots) {
            r.multiShots(true).multiPrompt(Arrays.stream(shots).map(Shot::toModel).toList());
            return this;
        }

        /**
         * @param elements elements the prompt refers to as {@code @name}
         * @return this builder
         */
        public Builder elements(Element... elements) {
            r.klingElements(Arrays.stream(elements).map(Element::toModel).toList());
            return this;
        }

        /**
         * @param url image to open with
         * @return this builder
         */
        public Builder firstFrame(String url) {
            r.firstFrameImageUrl(url);
            return this;
        }

        /**
         * @param url image to end with (single-shot only)
         * @return this builder
         */
        public Builder lastFrame(String url) {
            r.lastFrameImageUrl(url);
            return this;
        }

        /**
         * @param urls reference images, referred to as {@code <<<image_N>>>} by O1
         * @return this builder
         */
        public Builder referenceImages(String... urls) {
            r.referenceImageUrls(List.of(urls));
            return this;
        }

        /**
         * @param url reference video (O1), referred to as {@code <<<video_1>>>}
         * @param type {@code base} or {@code feature}, or null for RunAPI's default (base)
         * @param keepAudio keep the reference video's audio
         * @return this builder
         */
        public Builder referenceVideo(String url, String type, boolean keepAudio) {
            r.referenceVideoUrl(url).referenceVideoType(ReferenceVideoType.fromValue(type));
            if (keepAudio) {
                r.preserveReferenceVideoAudio(true);
            }
            return this;
        }

        /**
         * @param url receives the finished task as a POST
         * @return this builder
         */
        public Builder callbackUrl(String url) {
            r.callbackUrl(url);
            return this;
        }

        /** @return the request body */
        public TextToVideoRequest build() {
            return r;
        }
    }
}
