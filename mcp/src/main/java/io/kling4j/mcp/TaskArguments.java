package io.kling4j.mcp;

import io.kling4j.client.Endpoint;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The arguments of the tools that act on an existing task, with their JSON Schemas built from the spec. */
record TaskArguments(Endpoint endpoint, String taskId, Object timeout, String fileName) {
    static Map<String, Object> schema(SpecCatalog catalog, boolean withTimeout) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("endpoint", Map.of("type", "string", "enum", segments(catalog),
                "description", "The endpoint that created the task (the create tool's name without create_)."));
        props.put("task_id", Map.of("type", "string", "minLength", 1, "maxLength", 256,
                "description", "The task_id a create tool returned."));
        if (withTimeout) {
            props.put("timeout_seconds", Map.of("type", "integer", "minimum", 1, "maximum", 600,
                    "description", "How long to wait at most (default 120)."));
        }
        return Map.of("type", "object", "properties", props, "required", List.of("endpoint", "task_id"));
    }

    static Map<String, Object> downloadSchema(SpecCatalog catalog) {
        Map<String, Object> schema = new LinkedHashMap<>(schema(catalog, false));
        Map<String, Object> props = new LinkedHashMap<>(SpecCatalog.map(schema.get("properties")));
        props.put("file_name", Map.of("type", "string", "minLength", 1, "maxLength", 128, "pattern",
                "^[A-Za-z0-9][A-Za-z0-9._-]*$", "description", "Plain file name in the download folder (no folders)."));
        schema.put("properties", props);
        return schema;
    }

    static TaskArguments of(SpecCatalog catalog, Map<String, Object> args) {
        Map<String, Object> a = args == null ? Map.of() : args;
        Object endpoint = a.get("endpoint");
        Object taskId = a.get("task_id");
        if (!(endpoint instanceof String e) || !(taskId instanceof String id) || id.isBlank()) {
            throw new IllegalArgumentException("endpoint and task_id are required strings");
        }
        catalog.endpoint(e); // names the known ones when unknown
        Object fileName = a.get("file_name");
        return new TaskArguments(Endpoint.parse(e), id, a.get("timeout_seconds"),
                fileName == null ? null : String.valueOf(fileName));
    }

    int timeoutSeconds(int fallback, int max) {
        if (timeout == null) {
            return fallback;
        }
        if (!(timeout instanceof Number n) || n.intValue() < 1 || n.intValue() > max) {
            throw new IllegalArgumentException("timeout_seconds must be a whole number from 1 to " + max);
        }
        return n.intValue();
    }

    private static List<String> segments(SpecCatalog catalog) {
        return catalog.taskEndpoints().stream().map(SpecCatalog.TaskEndpoint::segment).toList();
    }
}
