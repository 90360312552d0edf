package io.kling4j.sandbox;

import java.util.Optional;

/** The task endpoints the sandbox serves, named by their path segment under {@code /api/v1/kling/}. */
enum TaskEndpoint {
    TEXT_TO_VIDEO("text_to_video"),
    IMAGE_TO_VIDEO("image_to_video"),
    EDIT_VIDEO("edit_video"),
    EXTEND_VIDEO("extend_video"),
    AI_AVATAR("ai_avatar"),
    MOTION_CONTROL("motion_control");

    /** Common path prefix of every task endpoint. */
    static final String PREFIX = "/api/v1/kling/";

    private final String segment;

    TaskEndpoint(String segment) {
        this.segment = segment;
    }

    /** @return the path segment, e.g. {@code text_to_video} */
    String segment() {
        return segment;
    }

    /** @return the create path, e.g. {@code /api/v1/kling/text_to_video} */
    String path() {
        return PREFIX + segment;
    }

    /** @return the endpoint whose path segment is {@code segment}, if any */
    static Optional<TaskEndpoint> fromSegment(String segment) {
        for (TaskEndpoint endpoint : values()) {
            if (endpoint.segment.equals(segment)) {
                return Optional.of(endpoint);
            }
        }
        return Optional.empty();
    }
}
