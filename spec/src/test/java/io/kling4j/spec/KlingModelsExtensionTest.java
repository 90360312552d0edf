package io.kling4j.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Checks the shape of every {@code x-kling-models} extension (docs/spec-conventions.md, "Per-model rules"):
 * only known keys, value lists where lists are needed, and every field named in a rule is a property of the
 * schema. The templates that turn these rules into Java and docs cannot report such mistakes, so a typo would
 * otherwise make a rule silently never match.
 */
class KlingModelsExtensionTest {
    private static final Set<String> ENTRY_KEYS = Set.of("models", "any_model", "durations", "duration_min",
            "duration_max",
            "aspect_ratios", "resolutions", "modes", "required", "forbidden", "rules");
    private static final Set<String> RULE_KEYS = Set.of("field", "when", "require", "forbid", "allowed", "max_items",
            "max_length", "markers", "source", "url_suffixes", "public_url", "exactly_one", "after", "after_min",
            "after_max");
    private static final Set<String> CONDITION_KEYS = Set.of("field", "set", "unset", "equals", "default");
    private static final Set<String> LIST_KEYS = Set.of("models", "durations", "aspect_ratios", "resolutions", "modes",
            "required", "forbidden", "rules", "when", "allowed", "url_suffixes", "exactly_one", "equals");

    @Test
    void everyRuleIsWellFormedAndNamesRealFields() {
        Map<String, Schema> schemas = SpecParsesCleanlyTest.parse().getOpenAPI().getComponents().getSchemas();
        List<String> problems = new ArrayList<>();
        int entries = 0;
        for (Map.Entry<String, Schema> e : schemas.entrySet()) {
            Object ext = e.getValue().getExtensions() == null ? null : e.getValue().getExtensions().get("x-kling-models");
            if (ext == null) {
                continue;
            }
            Set<String> fields = e.getValue().getProperties().keySet();
            String where = e.getKey() + ".x-kling-models";
            if (!(ext instanceof List<?> list)) {
                problems.add(where + " must be a list");
                continue;
            }
            for (Object entry : list) {
                entries++;
                checkMap(where, entry, ENTRY_KEYS, problems);
                if (!(entry instanceof Map<?, ?> m)) {
                    continue;
                }
                for (String key : List.of("required", "forbidden")) {
                    fieldsExist(where + "." + key, m.get(key), fields, problems);
                }
                if (m.get("rules") instanceof List<?> rules) {
                    for (Object rule : rules) {
                        checkRule(where + ".rules", rule, fields, problems);
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(true, entries > 0, "no x-kling-models found");
    }

    private static void checkRule(String where, Object rule, Set<String> fields, List<String> problems) {
        checkMap(where, rule, RULE_KEYS, problems);
        if (!(rule instanceof Map<?, ?> r)) {
            return;
        }
        if (r.get("exactly_one") == null) {
            fieldsExist(where + ".field", List.of(r.get("field")), fields, problems);
        }
        fieldsExist(where + ".exactly_one", r.get("exactly_one"), fields, problems);
        if (r.get("source") != null) {
            fieldsExist(where + ".source", List.of(r.get("source")), fields, problems);
        }
        if (r.get("when") instanceof List<?> when) {
            for (Object c : when) {
                checkMap(where + ".when", c, CONDITION_KEYS, problems);
                if (c instanceof Map<?, ?> cm) {
                    fieldsExist(where + ".when.field", List.of(String.valueOf(cm.get("field"))), fields, problems);
                }
            }
        }
    }

    private static void checkMap(String where, Object value, Set<String> keys, List<String> problems) {
        if (!(value instanceof Map<?, ?> map)) {
            problems.add(where + ": expected a mapping, got " + value);
            return;
        }
        for (Map.Entry<?, ?> kv : map.entrySet()) {
            String key = String.valueOf(kv.getKey());
            if (!keys.contains(key)) {
                problems.add(where + ": unknown key '" + key + "' (allowed: " + keys + ")");
            } else if (LIST_KEYS.contains(key) && !(kv.getValue() instanceof List)) {
                problems.add(where + "." + key + " must be a list (write [" + kv.getValue() + "])");
            } else if (kv.getValue() instanceof Boolean b && !b) {
                problems.add(where + "." + key + ": write 'false' in quotes; a bare false is dropped by the templates");
            }
        }
    }

    private static void fieldsExist(String where, Object names, Set<String> fields, List<String> problems) {
        if (!(names instanceof List<?> list)) {
            return;
        }
        for (Object n : list) {
            String field = String.valueOf(n);
            String top = field.contains("[") ? field.substring(0, field.indexOf('[')) : field;
            if (!fields.contains(top)) {
                problems.add(where + ": '" + field + "' is not a property of the schema");
            }
        }
    }
}
