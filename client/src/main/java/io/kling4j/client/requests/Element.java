package io.kling4j.client.requests;

import io.kling4j.generated.model.KlingElement;
import java.util.List;
import java.util.Objects;

/**
 * A named element (character or object) that a text-to-video prompt refers to as {@code @name}.
 * Build with {@link #named(String)}.
 */
public final class Element {
    private final KlingElement model;

    private Element(KlingElement model) {
        this.model = model;
    }

    /**
     * @param name the element's name, used as {@code @name} in the prompt
     * @return a builder
     */
    public static Builder named(String name) {
        return new Builder(Objects.requireNonNull(name, "name"));
    }

    KlingElement toModel() {
        return model;
    }

    /** Builds an {@link Element}. */
    public static final class Builder {
        private final KlingElement model = new KlingElement();

        private Builder(String name) {
            model.name(name);
        }

        /**
         * @param description what the element is
         * @return this builder
         */
        public Builder description(String description) {
            model.description(description);
            return this;
        }

        /**
         * @param urls image or video URLs showing the element
         * @return this builder
         */
        public Builder inputs(String... urls) {
            model.elementInputUrls(List.of(urls));
            return this;
        }

        /**
         * @param urls video URLs showing the element
         * @return this builder
         */
        public Builder videos(String... urls) {
            model.elementInputVideoUrls(List.of(urls));
            return this;
        }

        /**
         * @param urls audio URLs of the element's voice
         * @return this builder
         */
        public Builder audios(String... urls) {
            model.elementInputAudioUrls(List.of(urls));
            return this;
        }

        /**
         * @param startMillis capture start in the element video
         * @param endMillis capture end: 3000 to 8000 ms after the start
         * @return this builder
         */
        public Builder capture(int startMillis, int endMillis) {
            model.startTime(startMillis).endTime(endMillis);
            return this;
        }

        /** @return the element */
        public Element build() {
            return new Element(model);
        }
    }
}
