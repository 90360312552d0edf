package io.kling4j.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kling4j.generated.ApiClient;
import io.kling4j.generated.model.TaskResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tasks are read as JSON trees, so a {@code KlingTask} keeps what the generated {@link TaskResponse} would drop:
 * the raw JSON, the fields the spec does not declare and the {@code model}. The generated model only checks a
 * webhook body's JSON types ({@link #checkedTask}) and names the declared fields.
 */
public final class TaskJson {
    private static final ObjectMapper MAPPER = mapper();
    private static final Set<String> DECLARED = MAPPER.getSerializationConfig()
            .introspect(MAPPER.constructType(TaskResponse.class)).findProperties().stream()
            .map(BeanPropertyDefinition::getName).collect(Collectors.toUnmodifiableSet());

    private TaskJson() {
    }

    /** @return a new mapper configured as the generated client's (dates, unknown fields tolerated) */
    public static ObjectMapper mapper() {
        return ApiClient.createDefaultObjectMapper();
    }

    /** @return a new empty JSON object from the shared mapper's node factory (no mapper is built per call) */
    public static ObjectNode newObject() {
        return MAPPER.createObjectNode();
    }

    /**
     * @param json JSON text
     * @return its tree, read by the shared mapper
     * @throws IOException when it is not JSON
     */
    public static JsonNode readTree(String json) throws IOException {
        return MAPPER.readTree(json);
    }

    /**
     * @param node a task object as received (a webhook body)
     * @return a copy of it, once it decodes as the spec's task (its fields have the spec's JSON types)
     * @throws IllegalArgumentException when it does not
     * @throws com.fasterxml.jackson.core.JsonProcessingException when a field has the wrong type
     */
    public static ObjectNode checkedTask(JsonNode node) throws com.fasterxml.jackson.core.JsonProcessingException {
        if (!node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        MAPPER.treeToValue(node, TaskResponse.class);
        return ((ObjectNode) node).deepCopy();
    }

    /**
     * @param json a task's JSON object
     * @return its top-level fields the spec's {@code TaskResponse} does not declare, as plain Java values
     *     (String, Number, Boolean, List, Map, null), in the order received
     */
    public static Map<String, Object> extraFields(ObjectNode json) {
        Map<String, Object> extra = new LinkedHashMap<>();
        json.fields().forEachRemaining(e -> {
            if (!DECLARED.contains(e.getKey())) {
                extra.put(e.getKey(), MAPPER.convertValue(e.getValue(), Object.class));
            }
        });
        return extra;
    }

    /**
     * @param headers response headers as the generated client hands them out, or null
     * @param name a header name (matched case-insensitively)
     * @return its first value, or null
     */
    public static String header(Map<String, List<String>> headers, String name) {
        if (headers == null) {
            return null;
        }
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                return e.getValue().get(0);
            }
        }
        return null;
    }
}
