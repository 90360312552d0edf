package io.kling4j.sandbox;

import io.kling4j.spec.KlingSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

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

    /** @return the path segment, e.g. {@code text_to_video} */
    String segment() {
        return segment;
    }

    /** @return the create path, e.g. {@code /api/v1/kling/text_to_video} */
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
     * @return its task endpoints, in spec order
     */
    static List<TaskEndpoint> fromSpec(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(200);
        Map<String, Object> spec = new Yaml(new SafeConstructor(options)).load(yaml);
        Map<String, Object> paths = map(spec.get("paths"));
        Map<String, Object> schemas = map(map(spec.get("components")).get("schemas"));
        List<TaskEndpoint> endpoints = new ArrayList<>();
        for (Map.Entry<String, Object> entry : paths.entrySet()) {
            String path = entry.getKey();
            Map<String, Object> post = map(map(entry.getValue()).get("post"));
            Object ref = map(map(map(map(post.get("requestBody")).get("content")).get("application/json")).get("schema"))
                    .get("$ref");
            if (!path.startsWith(PREFIX) || path.indexOf('/', PREFIX.length()) >= 0 || !(ref instanceof String r)
                    || map(map(paths.get(path + "/{id}")).get("get")).isEmpty()) {
                continue;
            }
            Map<String, Object> schema = map(schemas.get(r.substring(r.lastIndexOf('/') + 1)));
            endpoints.add(new TaskEndpoint(path.substring(PREFIX.length()),
                    new LinkedHashSet<>(map(schema.get("properties")).keySet())));
        }
        if (endpoints.isEmpty()) {
            throw new IllegalStateException("the spec declares no task endpoint under " + PREFIX);
        }
        return List.copyOf(endpoints);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : new LinkedHashMap<>();
    }
}
