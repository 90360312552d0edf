// kling4j per-model rule engine, part 1 of 4 (Violation). Hand-written; the rules it runs are generated
// (KlingRules, from the spec's `x-kling-models`), so the facade and the sandbox run the same checks.
package io.kling4j.generated.rules;

import java.util.Objects;

/**
 * One broken per-model rule: which field, the value sent, the model and the rule, in words.
 * Reported by the rules generated from the spec's {@code x-kling-models}.
 */
public final class Violation {
  private final String field;
  private final String value;
  private final String model;
  private final String rule;

  /**
   * @param field the JSON field (e.g. {@code duration_seconds}, {@code kling_elements[0].end_time})
   * @param value the value sent, as JSON text, or null when absent
   * @param model the model whose rule it breaks
   * @param rule the rule in words
   */
  public Violation(String field, String value, String model, String rule) {
    this.field = Objects.requireNonNull(field, "field");
    this.value = value;
    this.model = model;
    this.rule = Objects.requireNonNull(rule, "rule");
  }

  /** @return the JSON field */
  public String field() {
    return field;
  }

  /** @return the value sent as JSON text, or null when the field was absent */
  public String value() {
    return value;
  }

  /** @return the model whose rule was broken */
  public String model() {
    return model;
  }

  /** @return the rule in words */
  public String rule() {
    return rule;
  }

  /** @return e.g. {@code duration_seconds = 7: must be one of 5, 10 for model kling-v2.6} */
  public String message() {
    return field + (value == null ? "" : " = " + value) + ": " + rule + (model == null ? "" : " for model " + model);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Violation)) {
      return false;
    }
    Violation v = (Violation) o;
    return field.equals(v.field) && Objects.equals(value, v.value) && Objects.equals(model, v.model)
        && rule.equals(v.rule);
  }

  @Override
  public int hashCode() {
    return Objects.hash(field, value, model, rule);
  }

  @Override
  public String toString() {
    return message();
  }
}
