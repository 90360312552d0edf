package io.kling4j.sandbox;

import io.kling4j.spec.KlingSpec;
import io.kling4j.spec.TaskOperations;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A task endpoint the sandbox serves, named by its path segment under {@code /api/v1/kling/}. They come from the
 * spec, not from a list here: every {@code POST /api/v1/kling/<segment>} with a JSON request schema and a
 * {@code GET /api/v1/kling/<segment>/{id}} twin is one, so an endpoint added to the spec is served with no Java
 * change. What sets one apart is read from its request schema's fields: a {@code source_task_id} makes it continue
 * or edit an earlier task, and without a {@code model} it is a continuation in the source task's model.
 */
final class TaskEndpoint {
    /** Common path prefix of every task endpoint. */
    static final String PREFIX = "/api/v1/kling/";
    private static final List<TaskEndpoint> ALL = fromSpec(KlingSpec.text());

    private final String segment;
    private final Set<String> fields;

    private TaskEndpoint(String segment, Set<String> fields) {
        this.segment = segment;
        this.fields = Set.copyOf(fields);
    }

    /** @return every task endpoint of the spec, in spec order */
    static List<TaskEndpoint> all() {
        return ALL;
    }

    /** @return the path segment, the {@code <segment>} of {@code /api/v1/kling/<segment>} */
    String segment() {
        return segment;
    }

    /** @return the create path, {@code /api/v1/kling/<segment>} */
    String path() {
        return PREFIX + segment;
    }

    /** @return true when the request schema has this top-level field */
    boolean has(String field) {
        return fields.contains(field);
    }

    /** @return true when a create may name an earlier task ({@code source_task_id}) to work on */
    boolean takesSourceTask() {
        return has("source_task_id");
    }

    /** @return true when a create gives its source either as a task or as a video URL, exactly one of them */
    boolean takesSourceEitherWay() {
        return has("source_task_id") && has("source_video_url");
    }

    /** @return true for a continuation: it has no model of its own and extends its source task's video */
    boolean continuesSource() {
        return takesSourceTask() && !has("model");
    }

    /** @return the endpoint whose path segment is {@code segment}, if any */
    static Optional<TaskEndpoint> fromSegment(String segment) {
        for (TaskEndpoint endpoint : ALL) {
            if (endpoint.segment.equals(segment)) {
                return Optional.of(endpoint);
            }
        }
        return Optional.empty();
    }

    /** @return the segments, for messages */
    static List<String> segments() {
        return ALL.stream().map(TaskEndpoint::segment).toList();
    }

    @Override
    public String toString() {
        return segment;
    }

    /**
     * @param yaml an OpenAPI spec in YAML
     * @return its task endpoints under {@link #PREFIX}, in spec order
     */
    static List<TaskEndpoint> fromSpec(String yaml) {
        List<TaskEndpoint> endpoints = new ArrayList<>();
        for (TaskOperations.TaskOperation op : TaskOperations.of(TaskOperations.parse(yaml))) {
            if (op.path().equals(PREFIX + op.segment())) {
                endpoints.add(new TaskEndpoint(op.segment(),
                        new LinkedHashSet<>(TaskOperations.map(op.requestSchema().get("properties")).keySet())));
            }
        }
        if (endpoints.isEmpty()) {
            throw new IllegalStateException("the spec declares no task endpoint under " + PREFIX);
        }
        return List.copyOf(endpoints);
    }
}
