package io.kling4j.client.requests;

import io.kling4j.generated.model.MultiPromptItem;
import java.util.Objects;

/**
 * One shot of a multi-shot video (kling-3.0).
 *
 * @param prompt what the shot shows
 * @param durationSeconds how long it lasts
 */
public record Shot(String prompt, int durationSeconds) {
    public Shot {
        Objects.requireNonNull(prompt, "prompt");
    }

    /**
     * @param prompt what the shot shows
     * @param durationSeconds how long it lasts
     * @return the shot
     */
    public static Shot of(String prompt, int durationSeconds) {
        return new Shot(prompt, durationSeconds);
    }

    MultiPromptItem toModel() {
        return new MultiPromptItem().prompt(prompt).durationSeconds(durationSeconds);
    }
}
