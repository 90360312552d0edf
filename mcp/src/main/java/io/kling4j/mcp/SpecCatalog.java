package io.kling4j.mcp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

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
        try (InputStream in = SpecCatalog.class.getClassLoader().getResourceAsStream("openapi/kling.yaml")) {
            if (in == null) {
                throw new IllegalStateException("openapi/kling.yaml is not on the class path (kling4j-spec jar missing)");
            }
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(200);
            Map<String, Object> spec = new Yaml(new SafeConstructor(options)).load(in);
            return of(spec);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static SpecCatalog of(Map<String, Object> spec) {
        Map<String, Object> paths = map(spec.get("paths"));
        Map<String, Object> schemas = map(map(spec.get("components")).get("schemas"));
        List<TaskEndpoint> endpoints = new ArrayList<>();
        for (Map.Entry<String, Object> entry : paths.entrySet()) {
            String path = entry.getKey();
            Map<String, Object> post = map(map(entry.getValue()).get("post"));
            Object statusPath = paths.get(path + "/{id}");
            Map<String, Object> json = map(map(map(post.get("requestBody")).get("content")).get("application/json"));
            String ref = (String) map(json.get("schema")).get("$ref");
            if (statusPath == null || map(statusPath).get("get") == null || ref == null) {
                continue; // not a task endpoint: files, account, pricing
            }
            String schemaName = ref.substring(ref.lastIndexOf('/') + 1);
            Map<String, Object> schema = map(schemas.get(schemaName));
            Object rules = schema.get("x-kling-models");
            endpoints.add(new TaskEndpoint(path, path.substring(path.lastIndexOf('/') + 1), schemaName,
                    String.valueOf(post.getOrDefault("summary", schema.getOrDefault("description", ""))).trim(),
                    JsonSchemas.inline(schema, schemas),
                    rules instanceof List<?> l ? (List<Map<String, Object>>) l : List.of(), map(json.get("example"))));
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

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : new LinkedHashMap<>();
    }
}
