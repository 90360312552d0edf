package io.kling4j.sandbox.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kling4j.sandbox.rules.RunApiContract.Action;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Derives request cases mechanically from {@link RunApiContract}: for each action and model a minimal body the
 * contract accepts (required fields, then what the matching rules require, one base per {@code required_any}
 * alternative), then that body with each field removed, each field set to each of its enum values and to one
 * value outside them, strings at and past their maximum length, arrays at and past their item limits, and each
 * field a rule forbids. The contract itself gives each case's expected verdict.
 */
final class ContractCases {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /**
     * One derived request.
     *
     * @param action   the contract action, e.g. {@code kling/text-to-video}
     * @param endpoint the endpoint path segment
     * @param model    the contract model the case is derived for
     * @param subject  the field the case varies ({@code base} for a base body)
     * @param body     the request body
     * @param refusal  why the contract refuses it, or {@code null} when the contract accepts it
     */
    record Case(String action, String endpoint, String model, String subject, ObjectNode body, String refusal) {
        boolean contractAccepts() {
            return refusal == null;
        }

        @Override
        public String toString() {
            return endpoint + " " + model + " [" + subject + "] " + body;
        }
    }

    private ContractCases() {
    }

    /**
     * @param extraRequired fields kling4j requires beyond the contract, per {@code action model}: added to every
     *                      base so that the other cases test one thing each
     * @return every derived case, without duplicate bodies per endpoint
     */
    static List<Case> derive(Map<String, Action> actions, Map<String, Set<String>> extraRequired) {
        Map<String, Case> out = new LinkedHashMap<>();
        for (Action action : actions.values()) {
            for (String model : action.models()) {
                Set<String> extra = extraRequired.getOrDefault(action.name() + " " + model, Set.of());
                for (int alt = 0; alt < 2; alt++) {
                    ObjectNode base = solve(action, model, RunApiContract.object(), null, alt, extra);
                    add(out, action, model, "base", base);
                    forModel(out, action, model, base, alt, extra);
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    private static void forModel(Map<String, Case> out, Action action, String model, ObjectNode base, int alt,
                                 Set<String> extra) {
        base.fieldNames().forEachRemaining(f -> {
            if (!f.equals("model")) {
                ObjectNode without = base.deepCopy();
                without.remove(f);
                add(out, action, model, f, without);
            }
        });
        for (Map.Entry<String, JsonNode> f : action.fields(model).entrySet()) {
            if (f.getKey().equals("model")) {
                continue;
            }
            for (JsonNode value : values(action, f.getKey(), f.getValue())) {
                ObjectNode body = base.deepCopy();
                body.set(f.getKey(), value);
                add(out, action, model, f.getKey(), solve(action, model, body, f.getKey(), alt, extra));
            }
        }
        for (JsonNode rule : action.matchingRules(base)) {
            for (JsonNode name : rule.path("forbidden")) {
                JsonNode value = sample(action, name.asText(), action.prototype(name.asText()));
                if (value != null) {
                    ObjectNode body = base.deepCopy();
                    body.set(name.asText(), value);
                    add(out, action, model, name.asText(), body);
                }
            }
        }
    }

    private static void add(Map<String, Case> out, Action action, String model, String subject, ObjectNode body) {
        if (action.fields(model).containsKey("model")) {
            body.put("model", model);
        }
        out.putIfAbsent(action.endpoint() + " " + body, new Case(action.name(), action.endpoint(), model, subject,
                body, RunApiContract.refusal(action, model, body)));
    }

    /**
     * Completes {@code body} with what the contract requires (and {@code extra}): required fields, then for each
     * matching rule its required fields, one of its {@code required_any} fields and its enum values, leaving the
     * {@code pinned} field as it is.
     */
    static ObjectNode solve(Action action, String model, ObjectNode body, String pinned, int alt, Set<String> extra) {
        Map<String, JsonNode> fields = action.fields(model);
        for (int round = 0; round < 6; round++) {
            for (Map.Entry<String, JsonNode> f : fields.entrySet()) {
                if ((f.getValue().path("required").asBoolean() || extra.contains(f.getKey()))
                        && !body.has(f.getKey()) && !f.getKey().equals(pinned)) {
                    putSample(action, body, f.getKey(), f.getValue());
                }
            }
            for (JsonNode rule : action.matchingRules(body)) {
                JsonNode any = rule.path("required_any");
                boolean anyPresent = false;
                for (JsonNode n : any) {
                    anyPresent |= body.has(n.asText());
                }
                if (any.size() > 0 && !anyPresent) {
                    String name = any.get(alt % any.size()).asText();
                    putSample(action, body, name, fields.get(name));
                }
                for (JsonNode n : rule.path("required")) {
                    if (!body.has(n.asText())) {
                        JsonNode ruleEnum = rule.path("enum").get(n.asText());
                        body.set(n.asText(), ruleEnum != null ? ruleEnum.get(0) : sample(action, n.asText(),
                                fields.get(n.asText())));
                    }
                }
                rule.path("enum").fields().forEachRemaining(e -> {
                    JsonNode v = body.get(e.getKey());
                    if (v != null && !e.getKey().equals(pinned) && !RunApiContract.contains(e.getValue(), v)) {
                        body.set(e.getKey(), e.getValue().get(0));
                    }
                });
            }
        }
        return body;
    }

    private static void putSample(Action action, ObjectNode body, String name, JsonNode def) {
        JsonNode value = sample(action, name, def);
        if (value != null) {
            body.set(name, value);
        }
    }

    /** The values a case sets a field to: its enum values and one outside them, or a sample and its limits. */
    static List<JsonNode> values(Action action, String name, JsonNode def) {
        List<JsonNode> out = new ArrayList<>();
        String type = def.path("type").asText();
        if (def.has("enum")) {
            def.get("enum").forEach(out::add);
            if (type.equals("string")) {
                out.add(JSON.textNode("not-a-" + name.replace('_', '-')));
            } else if (type.equals("integer")) {
                int max = 0;
                for (JsonNode v : def.get("enum")) {
                    max = Math.max(max, v.asInt());
                }
                out.add(JSON.numberNode(max + 1));
            }
            return out;
        }
        if (type.equals("boolean")) {
            return List.of(JSON.booleanNode(true), JSON.booleanNode(false));
        }
        JsonNode sample = sample(action, name, def);
        if (sample == null) {
            return out;
        }
        out.add(sample);
        if (type.equals("string") && def.has("max")) {
            out.add(JSON.textNode("x".repeat(def.get("max").asInt())));
            out.add(JSON.textNode("x".repeat(def.get("max").asInt() + 1)));
        }
        if (type.equals("array") && def.has("max_items")) {
            out.add(repeat(sample.get(0), def.get("max_items").asInt()));
            out.add(repeat(sample.get(0), def.get("max_items").asInt() + 1));
        }
        return out;
    }

    /**
     * A valid-looking value for a field: its default, its first enum value (or the first enum value another
     * model of the action gives the same field), or a value of its type chosen by its name. Arrays without an
     * item type in the contract ({@code multi_prompt}, {@code kling_elements}) get the smallest item RunAPI's
     * SDK types describe.
     */
    static JsonNode sample(Action action, String name, JsonNode def) {
        JsonNode d = def == null ? action.prototype(name) : def;
        if (d == null) {
            return null;
        }
        JsonNode set = d.has("enum") ? d.get("enum") : action.prototype(name) == null ? null
                : action.prototype(name).get("enum");
        if (d.has("default") && (set == null || RunApiContract.contains(set, d.get("default")))) {
            return d.get("default");
        }
        if (set != null) {
            return set.get(0);
        }
        return switch (d.path("type").asText()) {
            case "integer" -> JSON.numberNode(d.has("min") ? d.get("min").asInt() : 5);
            case "number" -> JSON.numberNode(0.5);
            case "boolean" -> JSON.booleanNode(false);
            case "array" -> array(name, d);
            default -> JSON.textNode(text(name));
        };
    }

    private static JsonNode array(String name, JsonNode def) {
        if (name.equals("multi_prompt")) {
            ObjectNode shot = JSON.objectNode().put("prompt", "A fox runs").put("duration_seconds", 5);
            return JSON.arrayNode().add(shot);
        }
        if (name.equals("kling_elements")) {
            return JSON.arrayNode().add(JSON.objectNode().put("name", "element_dog"));
        }
        if (!def.path("items").path("type").asText().equals("string")) {
            return null;
        }
        return repeat(JSON.textNode(text(name)), Math.max(1, def.path("min_items").asInt(1)));
    }

    private static ArrayNode repeat(JsonNode item, int n) {
        ArrayNode out = JSON.arrayNode();
        for (int i = 0; i < n; i++) {
            out.add(item);
        }
        return out;
    }

    private static String text(String name) {
        if (name.contains("image_url")) {
            return "https://cdn.example.com/a.png";
        }
        if (name.contains("video_url")) {
            return "https://cdn.example.com/ref.mp4";
        }
        if (name.contains("audio_url")) {
            return "https://cdn.example.com/voice.mp3";
        }
        return switch (name) {
            case "callback_url" -> "http://127.0.0.1:9/callback";
            case "source_task_id" -> "task_source_done";
            case "prompt" -> "A red fox runs through fresh snow";
            default -> "blurry, low quality";
        };
    }
}
