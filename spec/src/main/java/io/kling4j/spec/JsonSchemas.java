package io.kling4j.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns an OpenAPI 3.0 schema into a self-contained JSON Schema (the MCP server's tool inputs, the CLI's options): {@code $ref}s to
 * {@code components/schemas} are inlined, OpenAPI-only and vendor keywords ({@code x-*}, {@code example},
 * {@code format}, {@code nullable}) are dropped, everything that tells an agent what is valid (type, description,
 * enum, minimum/maximum, lengths, pattern, items, required) is kept.
 */
public final class JsonSchemas {
    private static final Set<String> KEPT = Set.of("type", "description", "enum", "minimum", "maximum",
            "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength", "pattern", "items", "required",
            "properties", "minItems", "maxItems", "uniqueItems", "default", "additionalProperties", "oneOf", "anyOf",
            "allOf");

    private JsonSchemas() {
    }

    /**
     * @param schema an OpenAPI schema object
     * @param components the spec's {@code components/schemas}
     * @return the same schema as plain JSON Schema, with every reference inlined
     */
    public static Map<String, Object> inline(Map<String, Object> schema, Map<String, Object> components) {
        return inline(schema, components, 0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> inline(Map<String, Object> schema, Map<String, Object> components, int depth) {
        if (depth > 16) {
            throw new IllegalStateException("schema references nest deeper than 16 levels");
        }
        Object ref = schema.get("$ref");
        if (ref instanceof String r) {
            Map<String, Object> target = TaskOperations.map(components.get(r.substring(r.lastIndexOf('/') + 1)));
            Map<String, Object> resolved = inline(target, components, depth + 1);
            if (schema.get("description") instanceof String d) {
                resolved.put("description", d);
            }
            return resolved;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : schema.entrySet()) {
            String key = e.getKey();
            if (!KEPT.contains(key)) {
                continue;
            }
            Object value = e.getValue();
            if (key.equals("properties")) {
                Map<String, Object> props = new LinkedHashMap<>();
                TaskOperations.map(value).forEach((name, p) -> props.put(name, inline(TaskOperations.map(p), components, depth + 1)));
                out.put(key, props);
            } else if (key.equals("items") || (key.equals("additionalProperties") && value instanceof Map)) {
                out.put(key, inline(TaskOperations.map(value), components, depth + 1));
            } else if (value instanceof List<?> list && (key.equals("oneOf") || key.equals("anyOf") || key.equals("allOf"))) {
                List<Object> parts = new ArrayList<>();
                list.forEach(p -> parts.add(inline(TaskOperations.map(p), components, depth + 1)));
                out.put(key, parts);
            } else if (key.equals("description") && value instanceof String d) {
                out.put(key, d.trim());
            } else {
                out.put(key, value instanceof Map<?, ?> m ? new LinkedHashMap<>((Map<String, Object>) m) : value);
            }
        }
        return out;
    }
}
