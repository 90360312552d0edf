package io.kling4j.client.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.module.SimpleModule;
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
 * Keeps what the generated {@link TaskResponse} would drop: every task decoded by kling4j's mapper is a
 * {@link Raw} that also holds the JSON object it was read from, so a {@code KlingTask} can expose the raw JSON,
 * the fields the spec does not declare and the {@code model}.
 */
public final class TaskJson {
    private static final ObjectMapper MAPPER = mapper();
    private static final Set<String> DECLARED = MAPPER.getSerializationConfig()
            .introspect(MAPPER.constructType(TaskResponse.class)).findProperties().stream()
            .map(BeanPropertyDefinition::getName).collect(Collectors.toUnmodifiableSet());

    private TaskJson() {
    }

    /** A task that remembers the JSON object it was decoded from. */
    public static final class Raw extends TaskResponse {
        private transient JsonNode json;

        /** @return the JSON object this task was decoded from */
        public JsonNode json() {
            return json;
        }
    }

    /** @return the generated client's default mapper, decoding every {@link TaskResponse} as a {@link Raw} */
    public static ObjectMapper mapper() {
        ObjectMapper mapper = ApiClient.createDefaultObjectMapper();
        SimpleModule module = new SimpleModule("kling4j-raw-task");
        module.addDeserializer(TaskResponse.class, new StdDeserializer<>(TaskResponse.class) {
            @Override
            public TaskResponse deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                JsonNode tree = p.readValueAsTree();
                Raw raw = p.getCodec().treeToValue(tree, Raw.class);
                if (raw != null) {
                    raw.json = tree;
                }
                return raw;
            }
        });
        return mapper.registerModule(module);
    }

    /**
     * @param response a decoded task (a {@link Raw}, or one made by hand)
     * @return the JSON object it came from (for a hand-made task: its serialised form); a private copy
     */
    public static ObjectNode json(TaskResponse response) {
        JsonNode json = response instanceof Raw raw && raw.json() != null ? raw.json() : MAPPER.valueToTree(response);
        return json.isObject() ? (ObjectNode) json.deepCopy() : MAPPER.createObjectNode();
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
     * @param response a task just decoded for one caller, which drops it after this call
     * @return the JSON object it came from, not copied (a hand-made task: its serialised form)
     */
    public static ObjectNode owned(TaskResponse response) {
        if (response instanceof Raw raw && raw.json() instanceof ObjectNode json) {
            return json;
        }
        return json(response);
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
     * @return the task it describes, remembering that JSON
     */
    public static TaskResponse fromJson(ObjectNode json) {
        try {
            Raw raw = MAPPER.treeToValue(json, Raw.class);
            raw.json = json;
            return raw;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("not a task: " + e.getOriginalMessage(), e);
        }
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
