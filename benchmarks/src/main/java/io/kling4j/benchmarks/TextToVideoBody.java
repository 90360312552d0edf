package io.kling4j.benchmarks;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The text-to-video body every per-call variant sends (same fields and values as the facade's request). */
public final class TextToVideoBody {
    /** The model slug. */
    public final String model = CallVariant.MODEL;
    /** The prompt. */
    public final String prompt = CallVariant.PROMPT;
    /** Length in seconds. */
    @JsonProperty("duration_seconds")
    public final int durationSeconds = CallVariant.DURATION_SECONDS;
}
