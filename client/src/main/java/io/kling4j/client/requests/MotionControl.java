package io.kling4j.client.requests;

import io.kling4j.generated.model.BackgroundSource;
import io.kling4j.generated.model.CharacterOrientation;
import io.kling4j.generated.model.MotionControlRequest;
import io.kling4j.generated.model.OutputResolution;

/** Builds the body of {@code POST /api/v1/kling/motion_control}: move a character like a reference video. */
public final class MotionControl {
    private MotionControl() {
    }

    /**
     * @param model {@code kling-3.0} or {@code kling-v2.6}
     * @param characterImageUrl the character to animate
     * @param motionVideoUrl the motion to copy
     * @return a new builder
     */
    public static Builder of(String model, String characterImageUrl, String motionVideoUrl) {
        return new Builder(model, characterImageUrl, motionVideoUrl);
    }

    /** Builds a {@link MotionControlRequest}. */
    public static final class Builder {
        private final MotionControlRequest r = new MotionControlRequest();

        private Builder(String model, String image, String video) {
            r.model(model).sourceImageUrl(image).referenceVideoUrl(video);
        }

        /**
         * @param prompt extra direction
         * @return this builder
         */
        public Builder prompt(String prompt) {
            r.prompt(prompt);
            return this;
        }

        /**
         * @param resolution {@code 720p} or {@code 1080p} (required by both models)
         * @return this builder
         */
        public Builder resolution(String resolution) {
            r.outputResolution(OutputResolution.fromValue(resolution));
            return this;
        }

        /**
         * @param orientation {@code video} or {@code image} (required by kling-v2.6)
         * @return this builder
         */
        public Builder characterOrientation(String orientation) {
            r.characterOrientation(CharacterOrientation.fromValue(orientation));
            return this;
        }

        /**
         * @param source {@code video} or {@code image} (kling-3.0 only)
         * @return this builder
         */
        public Builder backgroundSource(String source) {
            r.backgroundSource(BackgroundSource.fromValue(source));
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
        public MotionControlRequest build() {
            return r;
        }
    }
}
