package io.kling4j.sandbox;

import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.report.ValidationReport.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns swagger-request-validator messages into RunAPI-style {@code <field>: <what is wrong>} texts, e.g.
 * {@code duration_seconds: must be of type integer (got string)} or {@code multi_prompt[0].prompt: is required}.
 */
final class ValidationMessages {
    private static final Pattern PATH_PREFIX = Pattern.compile("^\\[Path '[^']*'] ");
    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern TYPE = Pattern.compile("Instance type \\((\\w+)\\) .*allowed: \\[(.*)]\\)");
    private static final Pattern ENUM = Pattern.compile("Instance value \\((.*)\\) not found in enum "
            + "\\(possible values: \\[(.*)]\\)");
    private static final Pattern NUMBER = Pattern.compile("\\((?:maximum|minimum): ([^,]+), found: ([^)]+)\\)");
    private static final Pattern LENGTH = Pattern.compile("required (?:minimum|maximum): (\\d+)\\)");
    private static final Pattern ITEMS = Pattern.compile("at (?:least|most) (\\d+) elements");
    private static final Pattern REGEX = Pattern.compile("regex \"(.*)\" does not match");

    private ValidationMessages() {
    }

    /** @return one {@code field: problem} text per error in {@code report}, in the validator's order */
    static List<String> describe(ValidationReport report) {
        List<String> out = new ArrayList<>();
        for (Message message : report.getMessages()) {
            if (message.getLevel() == ValidationReport.Level.ERROR) {
                out.addAll(describe(message));
            }
        }
        return out;
    }

    private static List<String> describe(Message message) {
        String key = message.getKey();
        String text = PATH_PREFIX.matcher(message.getMessage()).replaceFirst("");
        if (key.endsWith(".required")) {
            List<String> out = new ArrayList<>();
            String base = bodyField(message);
            Matcher names = QUOTED.matcher(text);
            while (names.find()) {
                out.add((base.isEmpty() ? "" : base + ".") + names.group(1) + ": is required");
            }
            return out.isEmpty() ? List.of(field(message) + ": " + text) : out;
        }
        return List.of(field(message) + ": " + problem(key, text));
    }

    private static String field(Message message) {
        String key = message.getKey();
        if (key.equals("validation.request.body.missing")) {
            return "body";
        }
        if (key.startsWith("validation.request.body")) {
            String field = bodyField(message);
            return field.isEmpty() ? "body" : field;
        }
        if (key.startsWith("validation.request.contentType")) {
            return "Content-Type";
        }
        if (key.startsWith("validation.request.accept")) {
            return "Accept";
        }
        if (key.startsWith("validation.request.security")) {
            return "Authorization";
        }
        return message.getContext()
                .flatMap(context -> context.getParameter())
                .map(parameter -> parameter.getName())
                .orElse("request");
    }

    /** {@code /multi_prompt/0/prompt} becomes {@code multi_prompt[0].prompt}; the root becomes "". */
    private static String bodyField(Message message) {
        String pointer = message.getContext()
                .flatMap(context -> context.getPointers())
                .map(pointers -> pointers.getInstance())
                .orElse("");
        StringBuilder field = new StringBuilder();
        for (String token : pointer.split("/")) {
            if (token.isEmpty()) {
                continue;
            }
            String name = token.replace("~1", "/").replace("~0", "~");
            if (name.chars().allMatch(Character::isDigit)) {
                field.append('[').append(name).append(']');
            } else {
                field.append(field.length() == 0 ? "" : ".").append(name);
            }
        }
        return field.toString();
    }

    private static String problem(String key, String text) {
        String kind = key.substring(key.lastIndexOf('.') + 1);
        Matcher m;
        switch (kind) {
            case "type":
                m = TYPE.matcher(text);
                return m.find() ? "must be of type " + unquote(m.group(2)) + " (got " + m.group(1) + ")" : text;
            case "enum":
                m = ENUM.matcher(text);
                return m.find() ? "must be one of " + unquote(m.group(2)) + " (got " + m.group(1) + ")" : text;
            case "maximum":
            case "minimum":
                m = NUMBER.matcher(text);
                return m.find() ? "must be at " + ("maximum".equals(kind) ? "most " : "least ") + m.group(1)
                        + " (got " + m.group(2) + ")" : text;
            case "minLength":
            case "maxLength":
                m = LENGTH.matcher(text);
                return m.find() ? "must be at " + ("maxLength".equals(kind) ? "most " : "least ") + m.group(1)
                        + " characters long" : text;
            case "minItems":
            case "maxItems":
                m = ITEMS.matcher(text);
                return m.find() ? "must have at " + ("maxItems".equals(kind) ? "most " : "least ") + m.group(1)
                        + " items" : text;
            case "pattern":
                m = REGEX.matcher(text);
                return m.find() ? "must match the pattern " + m.group(1) : text;
            case "missing":
                return key.equals("validation.request.body.missing") ? "a JSON request body is required" : text;
            default:
                return text;
        }
    }

    private static String unquote(String list) {
        return list.replace("\"", "").replace(",", ", ");
    }
}
