package io.kling4j.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What a sandbox video looks like: the prompt drawn on it, its length and its aspect ratio. Two tasks with equal
 * specs share one rendered file.
 *
 * @param prompt          text drawn on every frame
 * @param durationSeconds length of the clip
 * @param aspectRatio     {@code 16:9} (320x180), {@code 9:16} (180x320) or {@code 1:1} (240x240)
 */
record VideoSpec(String prompt, int durationSeconds, String aspectRatio) {
    /** Aspect ratio used when a request does not set one. */
    static final String DEFAULT_ASPECT_RATIO = "16:9";

    VideoSpec {
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(aspectRatio, "aspectRatio");
        if (durationSeconds <= 0) {
            throw new IllegalArgumentException("durationSeconds must be positive: " + durationSeconds);
        }
    }

    /** @return the frame width in pixels */
    int width() {
        return switch (aspectRatio) {
            case "9:16" -> 180;
            case "1:1" -> 240;
            default -> 320;
        };
    }

    /** @return the frame height in pixels */
    int height() {
        return switch (aspectRatio) {
            case "9:16" -> 320;
            case "1:1" -> 240;
            default -> 180;
        };
    }

    /** @return a file-name-safe key that is equal for equal specs */
    String cacheKey() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String text = durationSeconds + "\n" + aspectRatio + "\n" + prompt;
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
