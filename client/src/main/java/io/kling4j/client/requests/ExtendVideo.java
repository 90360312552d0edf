package io.kling4j.client.requests;

import io.kling4j.generated.model.ExtendVideoRequest;
import io.kling4j.generated.model.Mode;

/** Builds the body of {@code POST /api/v1/kling/extend_video}: continue a completed V2.5 Turbo video. */
public final class ExtendVideo {
    private ExtendVideo() {
    }

    /**
     * @param sourceTaskId the completed task to continue
     * @return a new builder
     */
    public static Builder of(String sourceTaskId) {
        return new Builder(sourceTaskId);
    }

    /** Builds an {@link ExtendVideoRequest} (it has no model: the source task's model is used). */
    public static final class Builder {
        private final ExtendVideoRequest r = new ExtendVideoRequest();

        private Builder(String sourceTaskId) {
            r.sourceTaskId(sourceTaskId);
        }

        /**
         * @param prompt what happens next
         * @return this builder
         */
        public Builder prompt(String prompt) {
            r.prompt(prompt);
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
         * @param url receives the finished task as a POST
         * @return this builder
         */
        public Builder callbackUrl(String url) {
            r.callbackUrl(url);
            return this;
        }

        /** @return the request body */
        public ExtendVideoRequest build() {
            return r;
        }
    }
}
