// kling4j per-model rule engine, part 4 of 4 (Rule): one declarative check from `x-kling-models`. Hand-written.
package io.kling4j.generated.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * One per-model check of a request field, optionally only {@code when} conditions hold. Built once from the
 * spec's {@code x-kling-models} by the generated {@code KlingRules}.
 *
 * <p>A field is a top-level JSON name ({@code mode}), the items of an array ({@code reference_image_urls[]})
 * or a field of each item ({@code kling_elements[].end_time}).
 */
public final class Rule {
  private final String field;
  /** For {@code a[]} or {@code a[].b}: {@code a}, and the rest ({@code ""} or {@code .b}); null for a plain field. */
  private final String array;
  private final String rest;
  private final List<Condition> when = new ArrayList<>();
  private final List<Check> checks = new ArrayList<>();
  private String nested;

  /** One test of one value; reports its failures through {@code fail}. */
  private interface Check {
    void test(JsonNode value, JsonNode body, JsonNode item, BiConsumer<JsonNode, String> fail);
  }

  private Rule(String field) {
    this.field = field;
    int bracket = field.indexOf("[]");
    this.array = bracket < 0 ? null : field.substring(0, bracket);
    this.rest = bracket < 0 ? null : field.substring(bracket + 2);
  }

  /**
   * @param field the field the rule is about
   * @return a rule with no checks yet
   */
  public static Rule on(String field) {
    return new Rule(field);
  }

  /** @return the field the rule is about */
  public String field() {
    return field;
  }

  /**
   * @param condition a condition that must hold for the rule to apply (all must hold)
   * @return this rule
   */
  public Rule when(Condition condition) {
    when.add(condition);
    return this;
  }

  /** @return this rule, requiring the field */
  public Rule required() {
    checks.add((v, body, item, fail) -> {
      if (!Values.present(v)) {
        fail.accept(v, "is required" + suffix());
      }
    });
    return this;
  }

  /** @return this rule, forbidding the field (even an explicit false or 0) */
  public Rule forbidden() {
    checks.add((v, body, item, fail) -> {
      if (Values.present(v)) {
        fail.accept(v, "is not allowed" + suffix());
      }
    });
    return this;
  }

  /**
   * @param values the allowed JSON texts
   * @return this rule, limiting the field to these values
   */
  public Rule allowed(String... values) {
    List<String> list = List.of(values);
    checks.add((v, body, item, fail) -> {
      if (Values.present(v) && (!v.isValueNode() || !list.contains(Values.text(v)))) {
        fail.accept(v, "must be " + (list.size() == 1 ? list.get(0) : "one of " + String.join(", ", list)) + suffix());
      }
    });
    return this;
  }

  /**
   * @param min the smallest number allowed, or null
   * @param max the largest number allowed, or null
   * @return this rule, limiting a number
   */
  public Rule range(String min, String max) {
    BigDecimal lo = min == null ? null : new BigDecimal(min);
    BigDecimal hi = max == null ? null : new BigDecimal(max);
    checks.add((v, body, item, fail) -> {
      if (Values.present(v) && v.isNumber()
          && ((lo != null && v.decimalValue().compareTo(lo) < 0) || (hi != null && v.decimalValue().compareTo(hi) > 0))) {
        fail.accept(v, "must be " + between(min, max) + suffix());
      }
    });
    return this;
  }

  /**
   * @param min fewest items, or null
   * @param max most items, or null
   * @return this rule, limiting an array's size
   */
  public Rule items(Integer min, Integer max) {
    checks.add((v, body, item, fail) -> {
      if (v != null && v.isArray() && ((min != null && v.size() < min) || (max != null && v.size() > max))) {
        fail.accept(v, "must have " + between(str(min), str(max)) + " items" + suffix());
      }
    });
    return this;
  }

  /**
   * @param min fewest characters (code points), or null
   * @param max most characters, or null
   * @return this rule, limiting a string's length
   */
  public Rule length(Integer min, Integer max) {
    checks.add((v, body, item, fail) -> {
      if (v != null && v.isTextual()) {
        int n = v.asText().codePointCount(0, v.asText().length());
        if ((min != null && n < min) || (max != null && n > max)) {
          fail.accept(v, "must have " + between(str(min), str(max)) + " characters" + suffix());
        }
      }
    });
    return this;
  }

  /**
   * The field's text must contain {@code <<<name_N>>>} for every N from 1 to the number of values of
   * {@code source}, and no {@code <<<name_N>>>} beyond.
   *
   * @param name the marker name, e.g. {@code image}
   * @param source the field whose values are referred to, e.g. {@code reference_image_urls}
   * @return this rule
   */
  public Rule markers(String name, String source) {
    checks.add((v, body, item, fail) -> {
      JsonNode src = body.get(source);
      int count = !Values.present(src) ? 0 : src.isArray() ? src.size() : 1;
      String text = Values.present(v) && v.isTextual() ? v.asText() : "";
      for (int n = 1; n <= count; n++) {
        if (!text.contains("<<<" + name + "_" + n + ">>>")) {
          fail.accept(null, "must contain <<<" + name + "_" + n + ">>> to refer to " + source
              + (src.isArray() ? "[" + (n - 1) + "]" : "") + suffix());
        }
      }
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("<<<" + name + "_(\\d+)>>>").matcher(text);
      while (m.find()) {
        int n = Integer.parseInt(m.group(1));
        if (n < 1 || n > count) {
          fail.accept(null, "refers to " + m.group() + " but " + source + " has " + count + " value(s)" + suffix());
        }
      }
    });
    return this;
  }

  /**
   * @param suffixes allowed endings of the URL path, e.g. {@code .jpg}
   * @return this rule, limiting URL file types
   */
  public Rule urlSuffixes(String... suffixes) {
    List<String> list = List.of(suffixes);
    checks.add((v, body, item, fail) -> forEachText(v, (node, url) -> {
      if (list.stream().noneMatch(Values.pathOf(url)::endsWith)) {
        fail.accept(node, "must be a URL ending in " + String.join(", ", list) + suffix());
      }
    }));
    return this;
  }

  /** @return this rule, requiring public http(s) URLs (no localhost, private ranges or user info) */
  public Rule publicUrl() {
    checks.add((v, body, item, fail) -> forEachText(v, (node, url) -> {
      String why = Values.whyNotPublic(url);
      if (why != null) {
        fail.accept(node, why + suffix());
      }
    }));
    return this;
  }

  /**
   * Exactly one of the fields must be present (the rule's own field names the group in messages).
   *
   * @param fields the alternatives
   * @return this rule
   */
  public Rule exactlyOne(String... fields) {
    checks.add((v, body, item, fail) -> {
      long n = java.util.Arrays.stream(fields).filter(f -> Values.present(body.get(f))).count();
      if (n != 1) {
        fail.accept(null, "exactly one of " + String.join(", ", fields) + " must be set (" + n + " set)" + suffix());
      }
    });
    return this;
  }

  /**
   * The value must lie between {@code min} and {@code max} after the sibling field {@code base} of the same item.
   *
   * @param base the sibling field, e.g. {@code start_time}
   * @param min smallest difference
   * @param max largest difference
   * @return this rule
   */
  public Rule after(String base, String min, String max) {
    BigDecimal lo = new BigDecimal(min);
    BigDecimal hi = new BigDecimal(max);
    checks.add((v, body, item, fail) -> {
      JsonNode b = item == null ? body.get(base) : item.get(base);
      if (Values.present(v) && v.isNumber()) {
        BigDecimal start = b != null && b.isNumber() ? b.decimalValue() : BigDecimal.ZERO;
        BigDecimal diff = v.decimalValue().subtract(start);
        if (diff.compareTo(lo) < 0 || diff.compareTo(hi) > 0) {
          fail.accept(v, "must be " + min + " to " + max + " after " + base + suffix());
        }
      }
    });
    return this;
  }

  /**
   * @param regex a Java regular expression the whole text must match
   * @return this rule, constraining a string's form
   */
  public Rule pattern(String regex) {
    java.util.regex.Pattern p = java.util.regex.Pattern.compile(regex);
    checks.add((v, body, item, fail) -> {
      if (v != null && v.isTextual() && !p.matcher(v.asText()).find()) {
        fail.accept(v, "must match " + regex + suffix());
      }
    });
    return this;
  }

  /**
   * @param schema the schema whose constraints each value (an object) must meet
   * @return this rule, descending into nested objects
   */
  public Rule nested(String schema) {
    this.nested = schema;
    return this;
  }

  /**
   * Runs the rule on a request body.
   *
   * @param model the request's model (for messages)
   * @param body the request as JSON
   * @param out where violations go
   */
  public void check(String model, JsonNode body, List<Violation> out) {
    check(model, body, "", out);
  }

  void check(String model, JsonNode body, String prefix, List<Violation> out) {
    for (Condition c : when) {
      if (!c.holds(body)) {
        return;
      }
    }
    if (array == null) {
      JsonNode value = body.get(field);
      run(value, body, null, prefix.isEmpty() ? field : prefix + field, model, out);
      return;
    }
    JsonNode items = body.get(array);
    if (items == null || !items.isArray()) {
      return;
    }
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      String path = prefix + array + "[" + i + "]" + rest;
      JsonNode value = rest.isEmpty() ? item : item.get(rest.substring(1));
      run(value, body, item, path, model, out);
    }
  }

  private void run(JsonNode value, JsonNode body, JsonNode item, String path, String model, List<Violation> out) {
    if (nested != null) {
      KlingRules.checkSchema(nested, value, path + ".", model, out);
    }
    if (checks.isEmpty()) {
      return;
    }
    BiConsumer<JsonNode, String> fail = (node, rule) -> out.add(new Violation(path, Values.show(node), model, rule));
    for (Check check : checks) {
      check.test(value, body, item, fail);
    }
  }

  private String suffix() {
    if (when.isEmpty()) {
      return "";
    }
    StringBuilder s = new StringBuilder(" when ");
    for (int i = 0; i < when.size(); i++) {
      s.append(i == 0 ? "" : " and ").append(when.get(i).describe());
    }
    return s.toString();
  }

  private static void forEachText(JsonNode v, BiConsumer<JsonNode, String> action) {
    if (v == null) {
      return;
    }
    if (v.isArray()) {
      v.forEach(item -> {
        if (item.isTextual()) {
          action.accept(item, item.asText());
        }
      });
    } else if (v.isTextual() && !v.asText().isBlank()) {
      action.accept(v, v.asText());
    }
  }

  private static String between(String min, String max) {
    if (min != null && max != null) {
      return min.equals(max) ? min : min + " to " + max;
    }
    return min != null ? "at least " + min : "at most " + max;
  }

  private static String str(Integer i) {
    return i == null ? null : i.toString();
  }
}
