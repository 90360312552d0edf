package io.kling4j.client;

/** The RunAPI Kling task endpoints. A task id is only valid on the endpoint that created it. */
public enum Endpoint {
    /** {@code /api/v1/kling/text_to_video}: a video from a prompt. */
    TEXT_TO_VIDEO("text_to_video"),
    /** {@code /api/v1/kling/image_to_video}: a video from a first-frame image. */
    IMAGE_TO_VIDEO("image_to_video"),
    /** {@code /api/v1/kling/edit_video}: an edit of a source video (Kling V3 Omni). */
    EDIT_VIDEO("edit_video"),
    /** {@code /api/v1/kling/extend_video}: a continuation of a completed Kling v2.5 Turbo video. */
    EXTEND_VIDEO("extend_video"),
    /** {@code /api/v1/kling/ai_avatar}: a face image lip-synced to an audio track. */
    AI_AVATAR("ai_avatar"),
    /** {@code /api/v1/kling/motion_control}: an image's character moved like a reference video's. */
    MOTION_CONTROL("motion_control");

    private final String path;

    Endpoint(String path) {
        this.path = path;
    }

    /** @return the path segment after {@code /api/v1/kling/} */
    public String path() {
        return path;
    }

    /**
     * @param value a path segment ({@code text_to_video}) or a CLI-style name ({@code text-to-video})
     * @return the endpoint
     * @throws IllegalArgumentException naming the accepted values when none matches
     */
    public static Endpoint parse(String value) {
        for (Endpoint e : values()) {
            if (e.path.equalsIgnoreCase(value) || e.path.replace('_', '-').equalsIgnoreCase(value)
                    || e.name().equalsIgnoreCase(value)) {
                return e;
            }
        }
        StringBuilder names = new StringBuilder();
        for (Endpoint e : values()) {
            names.append(names.length() == 0 ? "" : ", ").append(e.path);
        }
        throw new IllegalArgumentException("endpoint must be one of " + names + " (was " + value + ")");
    }
}
