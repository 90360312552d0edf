package io.kling4j.client.requests;

import io.kling4j.generated.model.AspectRatio;
import io.kling4j.generated.model.ImageToVideoRequest;
import io.kling4j.generated.model.Mode;
import io.kling4j.generated.model.OutputResolution;
import io.kling4j.generated.model.ReferenceVideoType;
import java.util.List;

/** Builds the body of {@code POST /api/v1/kling/image_to_video}: a first-frame image brought to life. */
public final class ImageToVideo {
    private ImageToVideo() {
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link ImageToVideoRequest}; each builder makes one request. */
    public static final class Builder {
        private final ImageToVideoRequest r = new ImageToVideoRequest();

        private Builder() {
        }

        /**
         * @param model model slug, e.g. {@code kling-v2.6}
         * @return this builder
         */
        public Builder model(String model) {
            r.model(model);
            return this;
        }

        /**
         * @param prompt what happens in the video
         * @return this builder
         */
        public Builder prompt(String prompt) {
            r.prompt(prompt);
            return this;
        }

        /**
         * @param url the first frame (required)
         * @return this builder
         */
        public Builder firstFrame(String url) {
            r.firstFrameImageUrl(url);
            return this;
        }

        /**
         * @param url the last frame (some models)
         * @return this builder
         */
        public Builder lastFrame(String url) {
            r.lastFrameImageUrl(url);
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
         * @param scale 0 to 1
         * @return this builder
         */
        public Builder cfgScale(double scale) {
            r.cfgScale(scale);
            return this;
        }

        /**
         * @param urls reference images (O1)
         * @return this builder
         */
        public Builder referenceImages(String... urls) {
            r.referenceImageUrls(List.of(urls));
            return this;
        }

        /**
         * @param url reference video (O1); with a first frame it must be a {@code feature} video
         * @param type {@code base} or {@code feature}
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
        public ImageToVideoRequest build() {
            return r;
        }
    }
}
