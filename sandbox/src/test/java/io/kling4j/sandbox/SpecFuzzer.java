package io.kling4j.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A seeded, property-based request generator over the spec: for a random operation, a path (known, random and
 * malformed task ids), headers (sometimes a wrong key, content type or idempotency key) and a body that is the
 * operation's example or generated from its request schema, then often mutated: a field of the wrong type, out
 * of range or length, an enum value the spec does not know, a required field removed, an unknown field added
 * (top level or nested), a non-object, malformed or empty body.
 */
final class SpecFuzzer {
    /** One generated request. */
    record Request(String method, String template, String path, Map<String, String> headers, String body,
                   String mutation) {
    }

    private record Op(String method, String template, Operation operation, Schema<?> body, JsonNode example) {
    }

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String[] ODD_IDS = {"bad%20id", "%E2%9C%93", "..", "task;1", "task%2F1", "a%00b", "%25",
        "x".repeat(257), "TASK_123", "task_123.", ":", "-"};

    private final List<Op> ops = new ArrayList<>();
    private final Random random;
    private final String apiKey;
    private final List<String> ids = new ArrayList<>(List.of("task_123", "task_busy", "task_broken"));

    SpecFuzzer(OpenAPI spec, long seed, String apiKey) {
        this.random = new Random(seed);
        this.apiKey = apiKey;
        for (Map.Entry<String, PathItem> path : spec.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> e : path.getValue().readOperationsMap().entrySet()) {
                Schema<?> body = null;
                JsonNode example = null;
                if (e.getValue().getRequestBody() != null) {
                    MediaType media = e.getValue().getRequestBody().getContent().get("application/json");
                    body = media.getSchema();
                    example = media.getExample() == null ? null : Json.MAPPER.valueToTree(media.getExample());
                }
                ops.add(new Op(e.getKey().name(), path.getKey(), e.getValue(), body, example));
            }
        }
    }

    /** Remembers a task id the sandbox handed out, so later requests poll and extend it. */
    void learn(String id) {
        ids.add(id);
    }

    Request next() {
        Op op = ops.get(random.nextInt(ops.size()));
        Map<String, String> headers = new LinkedHashMap<>();
        int auth = random.nextInt(40);
        if (auth > 1) {
            headers.put("Authorization", "Bearer " + apiKey);
        } else if (auth == 1) {
            headers.put("Authorization", "Bearer sk-wrong");
        }
        String path = op.template().replace("{id}", id());
        if (op.body() == null) {
            return new Request(op.method(), op.template(), path, headers, null, "none");
        }
        headers.put("Content-Type", random.nextInt(50) == 0 ? "text/plain" : "application/json");
        if (random.nextInt(3) == 0) {
            headers.put("Idempotency-Key", random.nextInt(20) == 0 ? "k\u00e9y" : "key-" + random.nextInt(8));
        }
        if (random.nextInt(5) == 0) {
            headers.put("X-Client-Request-Id", "fuzz-" + random.nextInt(1000));
        }
        JsonNode body = op.example() != null && random.nextBoolean() ? op.example().deepCopy()
                : value(op.body(), "body", 0);
        String mutation = "none";
        if (random.nextInt(10) < 7) {
            String[] kinds = {"type", "range", "enum", "missing", "unknown", "nested", "shape"};
            mutation = kinds[random.nextInt(kinds.length)];
            body = mutate(mutation, op.body(), body);
        }
        String text = body == null ? "" : body.toString();
        if ("shape".equals(mutation) && random.nextInt(3) == 0) {
            text = random.nextBoolean() ? "{\"model\": kling" : text + " trailing";
        }
        return new Request(op.method(), op.template(), path, headers, text, mutation);
    }

    private String id() {
        int pick = random.nextInt(10);
        if (pick < 5) {
            return ids.get(random.nextInt(ids.size()));
        }
        if (pick < 7) {
            return "task_" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
        }
        return ODD_IDS[random.nextInt(ODD_IDS.length)];
    }

    private JsonNode mutate(String kind, Schema<?> schema, JsonNode body) {
        if ("shape".equals(kind)) {
            JsonNode[] shapes = {JSON.arrayNode().add(1), JSON.textNode("body"), JSON.numberNode(7), JSON.nullNode(),
                null, JSON.objectNode()};
            return shapes[random.nextInt(shapes.length)];
        }
        if (!(body instanceof ObjectNode object) || schema.getProperties() == null) {
            return body;
        }
        List<String> names = new ArrayList<>(schema.getProperties().keySet());
        String name = names.get(random.nextInt(names.size()));
        Schema<?> field = schema.getProperties().get(name);
        switch (kind) {
            case "type" -> object.set(name, wrongType(field));
            case "range" -> object.set(name, outOfRange(field, name));
            case "enum" -> object.set(name, field.getEnum() != null ? JSON.textNode("zzz-" + random.nextInt(99))
                    : wrongType(field));
            case "missing" -> {
                List<String> required = schema.getRequired() == null ? names : schema.getRequired();
                object.remove(required.get(random.nextInt(required.size())));
            }
            case "unknown" -> object.set("x_" + Integer.toString(random.nextInt(1 << 20), 36),
                    random.nextBoolean() ? JSON.textNode("extra") : JSON.objectNode().put("deep", random.nextInt()));
            default -> {
                JsonNode inner = object.get(name);
                Schema<?> innerSchema = "array".equals(field.getType()) ? field.getItems() : field;
                JsonNode target = inner != null && inner.isArray() && inner.size() > 0 ? inner.get(0) : inner;
                if (target instanceof ObjectNode && innerSchema.getProperties() != null) {
                    String[] kinds = {"type", "range", "enum", "missing", "unknown"};
                    JsonNode mutated = mutate(kinds[random.nextInt(kinds.length)], innerSchema, target);
                    if (inner.isArray()) {
                        ((ArrayNode) inner).set(0, mutated);
                    } else {
                        object.set(name, mutated);
                    }
                } else {
                    object.set(name, wrongType(field));
                }
            }
        }
        return object;
    }

    private JsonNode wrongType(Schema<?> schema) {
        String type = schema.getType() == null ? "object" : schema.getType();
        JsonNode[] all = {JSON.textNode("7"), JSON.numberNode(7), JSON.numberNode(2.5), JSON.booleanNode(true),
            JSON.nullNode(), JSON.objectNode(), JSON.arrayNode()};
        while (true) {
            JsonNode v = all[random.nextInt(all.length)];
            boolean same = switch (type) {
                case "string" -> v.isTextual();
                case "integer" -> v.isIntegralNumber();
                case "number" -> v.isNumber();
                case "boolean" -> v.isBoolean();
                case "array" -> v.isArray();
                default -> v.isObject();
            };
            if (!same) {
                return v;
            }
        }
    }

    private JsonNode outOfRange(Schema<?> schema, String name) {
        String type = schema.getType() == null ? "object" : schema.getType();
        switch (type) {
            case "integer", "number" -> {
                BigDecimal max = schema.getMaximum();
                BigDecimal min = schema.getMinimum();
                if (max != null && random.nextBoolean()) {
                    return JSON.numberNode(max.add(BigDecimal.ONE));
                }
                return min != null ? JSON.numberNode(min.subtract(BigDecimal.ONE)) : JSON.numberNode(1e15);
            }
            case "string" -> {
                int max = schema.getMaxLength() == null ? 5000 : schema.getMaxLength();
                String[] odd = {"", "x".repeat(max + 1), "not a url", "ftp://x", "https://", " ", "\u2603"};
                return JSON.textNode(odd[random.nextInt(odd.length)]);
            }
            case "array" -> {
                ArrayNode out = JSON.arrayNode();
                int n = schema.getMaxItems() != null && random.nextBoolean() ? schema.getMaxItems() + 1 : 0;
                for (int i = 0; i < n; i++) {
                    out.add(value(schema.getItems(), name, 1));
                }
                return out;
            }
            default -> {
                return JSON.objectNode();
            }
        }
    }

    /** A value the schema accepts (mostly: per-model rules are left to chance). */
    JsonNode value(Schema<?> schema, String name, int depth) {
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return Json.MAPPER.valueToTree(schema.getEnum().get(random.nextInt(schema.getEnum().size())));
        }
        String type = schema.getType() == null ? "object" : schema.getType();
        switch (type) {
            case "integer" -> {
                int min = schema.getMinimum() == null ? 0 : schema.getMinimum().intValue();
                int max = schema.getMaximum() == null ? min + 20 : schema.getMaximum().intValue();
                return JSON.numberNode(min + random.nextInt(max - min + 1));
            }
            case "number" -> {
                return JSON.numberNode(Math.round(random.nextDouble() * 100) / 100.0);
            }
            case "boolean" -> {
                return JSON.booleanNode(random.nextBoolean());
            }
            case "array" -> {
                ArrayNode out = JSON.arrayNode();
                int min = schema.getMinItems() == null ? 0 : schema.getMinItems();
                int max = Math.min(schema.getMaxItems() == null ? 3 : schema.getMaxItems(), min + 3);
                for (int i = min + random.nextInt(max - min + 1); i > 0; i--) {
                    out.add(value(schema.getItems(), name, depth + 1));
                }
                return out;
            }
            case "string" -> {
                return JSON.textNode(text(schema, name));
            }
            default -> {
                ObjectNode out = JSON.objectNode();
                if (schema.getProperties() == null || depth > 3) {
                    return out;
                }
                List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
                schema.getProperties().forEach((n, s) -> {
                    if (required.contains(n) || random.nextInt(5) < 2) {
                        out.set(n, value(s, n, depth + 1));
                    }
                });
                return out;
            }
        }
    }

    private String text(Schema<?> schema, String name) {
        if ("callback_url".equals(name)) {
            return "http://127.0.0.1:9/callback";
        }
        if (schema.getPattern() != null && schema.getPattern().startsWith("^https?")) {
            String[] suffixes = {".png", ".jpg", ".mp4", ".mp3", "", "?x=1"};
            return "https://cdn.example.com/f" + random.nextInt(1000) + suffixes[random.nextInt(suffixes.length)];
        }
        if (schema.getPattern() != null) {
            return ids.get(random.nextInt(ids.size()));
        }
        if ("data".equals(name)) {
            byte[] bytes = new byte[1 + random.nextInt(64)];
            random.nextBytes(bytes);
            return Base64.getEncoder().encodeToString(bytes);
        }
        int min = schema.getMinLength() == null ? 0 : schema.getMinLength();
        int max = Math.min(schema.getMaxLength() == null ? 40 : schema.getMaxLength(), min + 40);
        StringBuilder out = new StringBuilder();
        String alphabet = "abc xyz <<<image_1>>> \u00e9\u4e2d";
        for (int i = min + random.nextInt(max - min + 1); i > 0; i--) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
