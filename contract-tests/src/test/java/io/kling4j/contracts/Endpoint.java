package io.kling4j.contracts;

/** The two task endpoints under contract: {@code POST /api/v1/kling/{name}} and {@code GET .../{name}/{id}}. */
public enum Endpoint {
    TEXT_TO_VIDEO("text_to_video", "t"),
    IMAGE_TO_VIDEO("image_to_video", "i");

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

    /** @return the id the contracts use for a task that does not exist, e.g. {@code t_missing} */
    public String missingTaskId() {
        return idPrefix + "_missing";
    }
}
