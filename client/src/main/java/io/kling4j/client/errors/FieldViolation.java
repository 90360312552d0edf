package io.kling4j.client.errors;

/**
 * One rule of the spec a request breaks.
 *
 * @param field the JSON field, e.g. {@code duration_seconds} or {@code multi_prompt[1].prompt}
 * @param value the value sent, as JSON text, or null when the field was absent
 * @param model the request's model, or null
 * @param rule the rule in words, e.g. {@code must be one of 5, 10}
 */
public record FieldViolation(String field, String value, String model, String rule) {
    /** @return e.g. {@code duration_seconds = 7: must be one of 5, 10 for model kling-v2.6} */
    public String message() {
        return field + (value == null ? "" : " = " + value) + ": " + rule + (model == null ? "" : " for model " + model);
    }
}
