// kling4j per-model rule engine, part 2 of 4 (Condition): the `when` of a rule. Hand-written.
package io.kling4j.generated.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * When a rule applies: a field is present, absent, or has one of some values (with a default for absence).
 * The rules are generated from the spec's {@code x-kling-models}.
 */
public final class Condition {
  private final String field;
  private final Boolean present;
  private final List<String> oneOf;
  private final String defaultValue;

  private Condition(String field, Boolean present, List<String> oneOf, String defaultValue) {
    this.field = field;
    this.present = present;
    this.oneOf = oneOf;
    this.defaultValue = defaultValue;
  }

  /**
   * @param field the field tested
   * @param present true: the field must be present; false: absent
   * @return the condition
   */
  public static Condition present(String field, boolean present) {
    return new Condition(field, present, null, null);
  }

  /**
   * @param field the field tested
   * @param values the field's JSON text must be one of these
   * @param defaultValue the value assumed when the field is absent, or null (absent never matches)
   * @return the condition
   */
  public static Condition oneOf(String field, List<String> values, String defaultValue) {
    return new Condition(field, null, List.copyOf(values), defaultValue);
  }

  boolean holds(JsonNode body) {
    JsonNode node = body.get(field);
    boolean isPresent = Values.present(node);
    if (present != null) {
      return present == isPresent;
    }
    String text = isPresent ? Values.text(node) : defaultValue;
    return text != null && oneOf.contains(text);
  }

  /** @return the condition in words, e.g. {@code enable_sound is true} */
  public String describe() {
    if (present != null) {
      return field + (present ? " is set" : " is not set");
    }
    return field + (oneOf.size() == 1 ? " is " + oneOf.get(0) : " is one of " + String.join(", ", oneOf))
        + (defaultValue == null ? "" : " (" + defaultValue + " when not set)");
  }
}
