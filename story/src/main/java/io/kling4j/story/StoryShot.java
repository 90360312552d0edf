package io.kling4j.story;

import java.util.Objects;

/**
 * One shot of a story.
 *
 * @param prompt          what the shot shows; required
 * @param durationSeconds the shot's length in seconds, or {@code null} for the model's default (5 s on most models)
 */
public record StoryShot(String prompt, Integer durationSeconds) {
    /** Checks that the prompt is present. */
    public StoryShot {
        Objects.requireNonNull(prompt, "prompt");
        if (prompt.isBlank()) {
            throw new IllegalArgumentException("prompt must not be blank");
        }
    }
}
