package io.kling4j.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The task endpoints the spec declares, read at run time by what serves or exposes them (the sandbox's routes,
 * the MCP server's tools): a task endpoint is a {@code POST} path with a JSON request schema ({@code $ref}) and a
 * {@code GET {path}/{id}} twin. The spec is read with SnakeYAML so that its anchors and aliases resolve.
 */
public final class TaskOperations {
    /**
     * One task endpoint.
     *
     * @param path the create path, e.g. {@code /api/v1/kling/text_to_video}
     * @param segment its last segment, e.g. {@code text_to_video}
     * @param operation the {@code post} operation object
     * @param schemaName the request schema's name in {@code components/schemas}
     * @param requestSchema the request schema object
     * @param requestExample the request body example, empty when the spec gives none
     */
    public record TaskOperation(String path, String segment, Map<String, Object> operation, String schemaName,
            Map<String, Object> requestSchema, Map<String, Object> requestExample) {
    }

    private TaskOperations() {
    }

    /**
     * @param yaml an OpenAPI document in YAML
     * @return it as nested maps and lists
     */
    public static Map<String, Object> parse(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(200);
        return new Yaml(new SafeConstructor(options)).load(yaml);
    }

    /**
     * @param spec a parsed OpenAPI document ({@link #parse})
     * @return its task endpoints, in spec order
     */
    public static List<TaskOperation> of(Map<String, Object> spec) {
        Map<String, Object> paths = map(spec.get("paths"));
        Map<String, Object> schemas = schemas(spec);
        List<TaskOperation> out = new ArrayList<>();
        for (Map.Entry<String, Object> entry : paths.entrySet()) {
            String path = entry.getKey();
            Map<String, Object> post = map(map(entry.getValue()).get("post"));
            Map<String, Object> json = map(map(map(post.get("requestBody")).get("content")).get("application/json"));
            Object ref = map(json.get("schema")).get("$ref");
            if (!(ref instanceof String r) || map(map(paths.get(path + "/{id}")).get("get")).isEmpty()) {
                continue; // not a task endpoint: files, account, pricing
            }
            String schemaName = r.substring(r.lastIndexOf('/') + 1);
            out.add(new TaskOperation(path, path.substring(path.lastIndexOf('/') + 1), post, schemaName,
                    map(schemas.get(schemaName)), map(json.get("example"))));
        }
        return List.copyOf(out);
    }

    /**
     * @param spec a parsed OpenAPI document
     * @return its {@code components/schemas}
     */
    public static Map<String, Object> schemas(Map<String, Object> spec) {
        return map(map(spec.get("components")).get("schemas"));
    }

    /**
     * @param o a node of a parsed document
     * @return it as a map, or an empty map when it is not one
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : new LinkedHashMap<>();
    }
}
