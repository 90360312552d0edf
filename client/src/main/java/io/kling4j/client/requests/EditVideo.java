package io.kling4j.client.requests;

import io.kling4j.generated.model.EditAspectRatio;
import io.kling4j.generated.model.EditVideoRequest;
import io.kling4j.generated.model.OutputResolution;
import java.util.List;

/** Builds the body of {@code POST /api/v1/kling/edit_video}: edit a source video (Kling V3 Omni). */
public final class EditVideo {
    private EditVideo() {
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link EditVideoRequest}; give exactly one source. */
    public static final class Builder {
        private final EditVideoRequest r = new EditVideoRequest();

        private Builder() {
        }

        /**
         * @param model {@code kling-v3-omni-edit} or {@code kling-v3-omni-reference}
         * @return this builder
         */
        public Builder model(String model) {
            r.model(model);
            return this;
        }

        /**
         * @param prompt the edit to make
         * @return this builder
         */
        public Builder prompt(String prompt) {
            r.prompt(prompt);
            return this;
        }

        /**
         * @param url the video to edit (or use {@link #sourceTask})
         * @return this builder
         */
        public Builder sourceVideo(String url) {
            r.sourceVideoUrl(url);
            return this;
        }

        /**
         * @param taskId a completed task whose video to edit
         * @return this builder
         */
        public Builder sourceTask(String taskId) {
            r.sourceTaskId(taskId);
            return this;
        }

        /**
         * @param urls up to 4 reference images
         * @return this builder
         */
        public Builder referenceImages(String... urls) {
            r.referenceImageUrls(List.of(urls));
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
         * @param ratio {@code auto} (no references) or {@code 16:9}/{@code 9:16}/{@code 1:1}
         * @return this builder
         */
        public Builder aspectRatio(String ratio) {
            r.aspectRatio(EditAspectRatio.fromValue(ratio));
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
         * @param sound generate native audio (never with kling-v3-omni-reference)
         * @return this builder
         */
        public Builder sound(boolean sound) {
            r.enableSound(sound);
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
        public EditVideoRequest build() {
            return r;
        }
    }
}
