package io.kling4j.spec;

import io.kling4j.spec.TaskOperations.TaskOperation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Request bodies of a task endpoint, read from the spec, for what must exercise every endpoint without a list of
 * them (the contract tests, examples): the body a client sends ({@link #valid}) and one the spec refuses
 * ({@link #invalid}: without its first required field).
 *
 * <p>The valid body is the request's {@code example} when the spec gives one (the way to get a realistic body).
 * Without one it is built from the request schema: its {@code required} fields only, {@code model} the first slug
 * of {@code x-kling-models}, every other field its schema's {@code example}, {@code default} or first
 * {@code enum} value, else a value of its type (an {@code https://example.com/...} URL for URL fields, the
 * {@code minimum} for numbers). A per-model rule such a body breaks is not guessed: give the operation an example.
 */
public final class TaskSamples {
    private static final String REF_PREFIX = "#/components/schemas/";
    private static final int MAX_DEPTH = 8;

    private TaskSamples() {
    }

    /**
     * @param spec a parsed OpenAPI document ({@link TaskOperations#parse})
     * @param operation one of its task endpoints
     * @return the body a client sends: the request example, else a minimal body from the schema (see the class doc)
     */
    public static Map<String, Object> valid(Map<String, Object> spec, TaskOperation operation) {
        if (!operation.requestExample().isEmpty()) {
            return new LinkedHashMap<>(operation.requestExample());
        }
        Map<String, Object> schemas = TaskOperations.schemas(spec);
        Map<String, Object> schema = operation.requestSchema();
        Map<String, Object> properties = TaskOperations.map(schema.get("properties"));
        Map<String, Object> body = new LinkedHashMap<>();
        for (Object required : list(schema.get("required"))) {
            String field = String.valueOf(required);
            String model = "model".equals(field) ? firstModel(schema) : null;
            body.put(field, model != null ? model
                    : value(field, TaskOperations.map(properties.get(field)), schemas, 0));
        }
        return body;
    }

    /**
     * @param spec a parsed OpenAPI document
     * @param operation one of its task endpoints
     * @return the field of {@link #valid} that {@link #invalid} breaks: its first required field, else its first
     * @throws IllegalStateException when the valid body is empty
     */
    public static String invalidField(Map<String, Object> spec, TaskOperation operation) {
        Map<String, Object> body = valid(spec, operation);
        for (Object required : list(operation.requestSchema().get("required"))) {
            if (body.containsKey(String.valueOf(required))) {
                return String.valueOf(required);
            }
        }
        if (body.isEmpty()) {
            throw new IllegalStateException("cannot derive an invalid body for " + operation.path()
                    + ": its sample body is empty; give the operation a request example");
        }
        return body.keySet().iterator().next();
    }

    /**
     * @param spec a parsed OpenAPI document
     * @param operation one of its task endpoints
     * @return {@link #valid} without {@link #invalidField} when the schema requires it (the spec refuses the body:
     *     400 {@code invalid_request}); when the schema requires nothing, with that field of the wrong JSON type
     *     (a string becomes the number 12345, anything else a string)
     */
    public static Map<String, Object> invalid(Map<String, Object> spec, TaskOperation operation) {
        Map<String, Object> body = valid(spec, operation);
        String field = invalidField(spec, operation);
        if (list(operation.requestSchema().get("required")).contains(field)) {
            body.remove(field);
            return body;
        }
        Object value = body.get(field);
        body.put(field, value instanceof String ? (Object) 12345 : "not a " + kind(value));
        return body;
    }

    private static String kind(Object value) {
        if (value instanceof Number) {
            return "number";
        }
        if (value instanceof Boolean) {
            return "boolean";
        }
        return value instanceof List<?> ? "list" : "value";
    }

    private static String firstModel(Map<String, Object> schema) {
        for (Object entry : list(schema.get("x-kling-models"))) {
            for (Object model : list(TaskOperations.map(entry).get("models"))) {
                return String.valueOf(model);
            }
        }
        return null;
    }

    private static Object value(String field, Map<String, Object> declared, Map<String, Object> schemas, int depth) {
        Map<String, Object> schema = resolve(declared, schemas);
        for (String key : List.of("example", "default")) {
            if (schema.get(key) != null) {
                return schema.get(key);
            }
        }
        if (!list(schema.get("enum")).isEmpty()) {
            return list(schema.get("enum")).get(0);
        }
        String type = String.valueOf(schema.getOrDefault("type", "string"));
        return switch (type) {
            case "integer", "number" -> schema.get("minimum") instanceof Number n ? n : 1;
            case "boolean" -> false;
            case "array" -> depth > MAX_DEPTH ? List.of()
                    : List.of(value(field, TaskOperations.map(schema.get("items")), schemas, depth + 1));
            case "object" -> object(schema, schemas, depth);
            default -> isUrl(field, schema) ? url(field) : "A sample " + field.replace('_', ' ');
        };
    }

    private static Map<String, Object> object(Map<String, Object> schema, Map<String, Object> schemas, int depth) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (depth > MAX_DEPTH) {
            return out;
        }
        Map<String, Object> properties = TaskOperations.map(schema.get("properties"));
        for (Object required : list(schema.get("required"))) {
            String name = String.valueOf(required);
            out.put(name, value(name, TaskOperations.map(properties.get(name)), schemas, depth + 1));
        }
        return out;
    }

    /** Follows {@code $ref}s (and a single {@code allOf}) to the schema that says what a value looks like. */
    private static Map<String, Object> resolve(Map<String, Object> schema, Map<String, Object> schemas) {
        Map<String, Object> current = schema;
        for (int i = 0; i < MAX_DEPTH; i++) {
            if (current.get("$ref") instanceof String ref && ref.startsWith(REF_PREFIX)) {
                current = TaskOperations.map(schemas.get(ref.substring(REF_PREFIX.length())));
            } else if (list(current.get("allOf")).size() == 1) {
                current = TaskOperations.map(list(current.get("allOf")).get(0));
            } else {
                return current;
            }
        }
        return current;
    }

    private static boolean isUrl(String field, Map<String, Object> schema) {
        return field.endsWith("_url") || "uri".equals(schema.get("format"))
                || String.valueOf(schema.get("pattern")).contains("https?");
    }

    private static String url(String field) {
        String name = field.replaceFirst("_urls?$", "").toLowerCase(Locale.ROOT);
        String extension = name.contains("video") ? ".mp4" : name.contains("audio") ? ".mp3"
                : name.contains("image") || name.contains("frame") ? ".png" : "";
        return "https://example.com/" + name + extension;
    }

    private static List<Object> list(Object o) {
        return o instanceof List<?> l ? new ArrayList<>(l) : List.of();
    }
}
