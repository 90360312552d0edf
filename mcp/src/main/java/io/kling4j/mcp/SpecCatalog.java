package io.kling4j.mcp;

import io.kling4j.spec.JsonSchemas;
import io.kling4j.spec.KlingSpec;
import io.kling4j.spec.TaskOperations;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the MCP tools are made of, read from kling4j's OpenAPI spec ({@code openapi/kling.yaml} in the spec jar) at
 * start-up: every task endpoint (a {@code POST} path with a JSON request schema and a {@code GET {path}/{id}} twin),
 * its request schema inlined as a self-contained JSON Schema, and its per-model rules ({@code x-kling-models}).
 * Nothing here names an endpoint: a new one in the spec becomes a new tool.
 */
final class SpecCatalog {
    /** One task endpoint of the spec. */
    record TaskEndpoint(String path, String segment, String schemaName, String summary, Map<String, Object> inputSchema,
            List<Map<String, Object>> modelRules, Map<String, Object> example) {
        /** @return every model slug the rules name, in spec order */
        Set<String> models() {
            Set<String> models = new LinkedHashSet<>();
            for (Map<String, Object> rule : modelRules) {
                Object m = rule.get("models");
                if (m instanceof Collection<?> c) {
                    c.forEach(x -> models.add(String.valueOf(x)));
                }
            }
            return models;
        }
    }

    private final List<TaskEndpoint> taskEndpoints;

    private SpecCatalog(List<TaskEndpoint> taskEndpoints) {
        this.taskEndpoints = taskEndpoints;
    }

    /** @return the catalog of the spec bundled in the spec jar */
    static SpecCatalog load() {
        return of(TaskOperations.parse(KlingSpec.text()));
    }

    @SuppressWarnings("unchecked")
    static SpecCatalog of(Map<String, Object> spec) {
        Map<String, Object> schemas = TaskOperations.schemas(spec);
        List<TaskEndpoint> endpoints = new ArrayList<>();
        for (TaskOperations.TaskOperation op : TaskOperations.of(spec)) {
            Map<String, Object> schema = op.requestSchema();
            Object rules = schema.get("x-kling-models");
            endpoints.add(new TaskEndpoint(op.path(), op.segment(), op.schemaName(),
                    String.valueOf(op.operation().getOrDefault("summary", schema.getOrDefault("description", ""))).trim(),
                    JsonSchemas.inline(schema, schemas),
                    rules instanceof List<?> l ? (List<Map<String, Object>>) l : List.of(), op.requestExample()));
        }
        return new SpecCatalog(List.copyOf(endpoints));
    }

    /** @return the task endpoints, in spec order */
    List<TaskEndpoint> taskEndpoints() {
        return taskEndpoints;
    }

    /**
     * @param segment a path segment ({@code text_to_video})
     * @return its endpoint
     * @throws IllegalArgumentException naming the known ones
     */
    TaskEndpoint endpoint(String segment) {
        for (TaskEndpoint e : taskEndpoints) {
            if (e.segment().equals(segment)) {
                return e;
            }
        }
        throw new IllegalArgumentException("endpoint must be one of " + taskEndpoints.stream().map(TaskEndpoint::segment)
                .toList() + " (was " + segment + ")");
    }

    static Map<String, Object> map(Object o) {
        return TaskOperations.map(o);
    }
}
