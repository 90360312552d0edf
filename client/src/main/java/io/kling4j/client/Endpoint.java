package io.kling4j.client;

/** The RunAPI Kling task endpoints. A task id is only valid on the endpoint that created it. */
public enum Endpoint {
    /** {@code /api/v1/kling/text_to_video}: a video from a prompt. */
    TEXT_TO_VIDEO("text_to_video"),
    /** {@code /api/v1/kling/image_to_video}: a video from a first-frame image. */
    IMAGE_TO_VIDEO("image_to_video");

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
        throw new IllegalArgumentException("endpoint must be one of text_to_video, image_to_video (was " + value + ")");
    }
}
