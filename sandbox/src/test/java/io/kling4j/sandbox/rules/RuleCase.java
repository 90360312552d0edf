package io.kling4j.sandbox.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One rule of the reference as a pair of requests: one that keeps the rule and one that breaks it on
 * {@link #field()}. The table is {@code rule-cases.json}.
 *
 * @param rule the rule in words
 * @param endpoint the endpoint path segment
 * @param passing a body that keeps the rule
 * @param failing a body that breaks it
 * @param field the field the failure must name
 */
record RuleCase(String rule, String endpoint, JsonNode passing, JsonNode failing, String field) {
    static List<RuleCase> all() {
        try (InputStream in = RuleCase.class.getResourceAsStream("/rule-cases.json")) {
            List<RuleCase> cases = new ArrayList<>();
            for (JsonNode c : new ObjectMapper().readTree(in)) {
                cases.add(new RuleCase(c.get("rule").asText(), c.get("endpoint").asText(), c.get("pass"), c.get("fail"),
                        c.get("field").asText()));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return rule;
    }
}
