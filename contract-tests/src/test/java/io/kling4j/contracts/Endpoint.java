package io.kling4j.contracts;

/** The six task endpoints under contract: {@code POST /api/v1/kling/{name}} and {@code GET .../{name}/{id}}. */
public enum Endpoint {
    TEXT_TO_VIDEO("text_to_video", "t"),
    IMAGE_TO_VIDEO("image_to_video", "i"),
    EDIT_VIDEO("edit_video", "e"),
    EXTEND_VIDEO("extend_video", "x"),
    AI_AVATAR("ai_avatar", "a"),
    MOTION_CONTROL("motion_control", "m");

    private final String wireName;
    private final String idPrefix;

    Endpoint(String wireName, String idPrefix) {
        this.wireName = wireName;
        this.idPrefix = idPrefix;
    }

    /** @return the path segment, e.g. {@code text_to_video} */
    public String wireName() {
        return wireName;
    }

    /** @return the create path, e.g. {@code /api/v1/kling/text_to_video} */
    public String path() {
        return "/api/v1/kling/" + wireName;
    }

    /** @return the status path of one task */
    public String taskPath(String id) {
        return path() + "/" + id;
    }

    /** @return the id the contracts use for a task of this endpoint frozen in {@code status}, e.g. {@code t_failed} */
    public String taskId(String status) {
        return idPrefix + "_" + status;
    }

    /**
     * @return the id of the completed task an {@code extend_video} create continues (seeded by its provider
     *     state); {@code null} for the other endpoints, whose sample bodies need no source task
     */
    public String sourceTaskId() {
        return this == EXTEND_VIDEO ? "t_source" : null;
    }

    /** @return the id the contracts use for a task that does not exist, e.g. {@code t_missing} */
    public String missingTaskId() {
        return idPrefix + "_missing";
    }
}
