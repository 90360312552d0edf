package io.kling4j.sandbox.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * RunAPI's published per-model input contract ({@code data/contract.json} of the public repository
 * {@code runapi-ai/mcp}; the copy under {@code src/test/resources/runapi-contract/} names its commit), read as
 * a judge: {@link #allows} says whether the contract accepts a body, with no knowledge of kling4j's spec.
 */
final class RunApiContract {
    /** The copy of the contract kept with the tests. */
    static final String RESOURCE = "/runapi-contract/contract-kling.json";

    /** One {@code kling/*} action: its endpoint, model slugs, fields per model and rules. */
    record Action(String name, String endpoint, List<String> models, JsonNode fieldsByModel, JsonNode rules) {
        /** @return the field definitions of {@code model} (name to definition, in contract order) */
        Map<String, JsonNode> fields(String model) {
            Map<String, JsonNode> out = new LinkedHashMap<>();
            fieldsByModel.path(model).fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue()));
            return out;
        }

        /** @return the rules whose {@code when} holds for {@code body} */
        List<JsonNode> matchingRules(JsonNode body) {
            List<JsonNode> out = new ArrayList<>();
            for (JsonNode rule : rules) {
                if (holds(rule.path("when"), body)) {
                    out.add(rule);
                }
            }
            return out;
        }

        /** @return the first definition of {@code field} among this action's models (to borrow a value set) */
        JsonNode prototype(String field) {
            JsonNode found = null;
            for (String model : models) {
                JsonNode def = fieldsByModel.path(model).get(field);
                if (def != null && (found == null || !found.has("enum") && def.has("enum"))) {
                    found = def;
                }
            }
            return found;
        }
    }

    private RunApiContract() {
    }

    /** @return the Kling actions of the stored contract, by action name */
    static Map<String, Action> load() {
        try (InputStream in = RunApiContract.class.getResourceAsStream(RESOURCE)) {
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, Action> out = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> it = root.path("actions").fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getKey().startsWith("kling/")) {
                    continue;
                }
                List<String> models = new ArrayList<>();
                e.getValue().path("models").forEach(m -> models.add(m.asText()));
                out.put(e.getKey(), new Action(e.getKey(), e.getValue().path("endpoint").asText(), models,
                        e.getValue().path("fields_by_model"), e.getValue().path("rules")));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @return the first reason the contract refuses {@code body} for {@code model}, or {@code null} when it
     *     accepts it (required fields, types, enums, lengths, item counts and the matching rules)
     */
    static String refusal(Action action, String model, JsonNode body) {
        for (Map.Entry<String, JsonNode> f : action.fields(model).entrySet()) {
            JsonNode def = f.getValue();
            JsonNode value = body.get(f.getKey());
            if (!present(value)) {
                if (def.path("required").asBoolean()) {
                    return f.getKey() + " is required";
                }
                continue;
            }
            String problem = valueProblem(def, value);
            if (problem != null) {
                return f.getKey() + " " + problem;
            }
        }
        for (JsonNode rule : action.matchingRules(body)) {
            for (JsonNode name : rule.path("forbidden")) {
                if (present(body.get(name.asText()))) {
                    return name.asText() + " is forbidden";
                }
            }
            for (JsonNode name : rule.path("required")) {
                if (!present(body.get(name.asText()))) {
                    return name.asText() + " is required by a rule";
                }
            }
            if (rule.has("required_any")) {
                boolean any = false;
                for (JsonNode name : rule.path("required_any")) {
                    any |= present(body.get(name.asText()));
                }
                if (!any) {
                    return "one of " + rule.path("required_any") + " is required";
                }
            }
            Iterator<Map.Entry<String, JsonNode>> enums = rule.path("enum").fields();
            while (enums.hasNext()) {
                Map.Entry<String, JsonNode> e = enums.next();
                JsonNode value = body.get(e.getKey());
                if (present(value) && !contains(e.getValue(), value)) {
                    return e.getKey() + " must be one of " + e.getValue() + " by a rule";
                }
            }
        }
        return null;
    }

    private static String valueProblem(JsonNode def, JsonNode value) {
        boolean typed = switch (def.path("type").asText()) {
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "array" -> value.isArray();
            default -> true;
        };
        if (!typed) {
            return "must be of type " + def.path("type").asText();
        }
        if (def.has("enum") && !contains(def.get("enum"), value)) {
            return "must be one of " + def.get("enum");
        }
        if (value.isTextual() && def.has("max") && value.asText().length() > def.get("max").asInt()) {
            return "is too long";
        }
        if (value.isTextual() && def.has("min") && value.asText().length() < def.get("min").asInt()) {
            return "is too short";
        }
        if (value.isArray() && def.has("max_items") && value.size() > def.get("max_items").asInt()) {
            return "has too many items";
        }
        if (value.isArray() && def.has("min_items") && value.size() < def.get("min_items").asInt()) {
            return "has too few items";
        }
        return null;
    }

    /** A condition is {@code field: value} (equal) or {@code field: {present: true|false}}. */
    static boolean holds(JsonNode when, JsonNode body) {
        Iterator<Map.Entry<String, JsonNode>> it = when.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> c = it.next();
            JsonNode value = body.get(c.getKey());
            boolean ok = c.getValue().isObject() && c.getValue().has("present")
                    ? present(value) == c.getValue().get("present").asBoolean()
                    : value != null && value.equals(c.getValue());
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    static boolean present(JsonNode value) {
        return value != null && !value.isNull();
    }

    static boolean contains(JsonNode list, JsonNode value) {
        for (JsonNode v : list) {
            if (v.equals(value) || v.isNumber() && value.isNumber() && v.decimalValue().compareTo(value.decimalValue()) == 0) {
                return true;
            }
        }
        return false;
    }

    /** @return an empty JSON object */
    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }
}
