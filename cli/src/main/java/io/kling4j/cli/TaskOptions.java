package io.kling4j.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The options of one task command, one per request field of its {@link CliModel.Command}: added to the command's
 * picocli spec at start-up, then read back as the request's wire fields. Values keep the schema's type (integer,
 * number, boolean, repeatable list, JSON for objects); a local file of an upload field stands for its URL
 * ({@link Uploads#url}); {@code x-kling-cli-default} fills a field the user did not set.
 */
final class TaskOptions {
    private final CliModel.Command command;
    private final Map<CliModel.Field, ArgSpec> args = new LinkedHashMap<>();

    TaskOptions(CliModel.Command command) {
        this.command = command;
    }

    /** Adds one option (or positional parameter) per field to {@code spec}. */
    void addTo(CommandSpec spec) {
        int index = 0;
        for (CliModel.Field f : command.options()) {
            Class<?> type = javaType("array".equals(f.type()) ? f.itemType() : f.type());
            String[] help = {describe(f)};
            ArgSpec arg;
            if (f.positional()) {
                arg = PositionalParamSpec.builder().index(String.valueOf(index++)).paramLabel(f.paramLabel())
                        .type(type).arity(f.required() ? "1" : "0..1").description(help).build();
                spec.addPositional((PositionalParamSpec) arg);
            } else {
                OptionSpec.Builder b = OptionSpec.builder(f.names().toArray(String[]::new)).paramLabel(f.paramLabel())
                        .description(help).required(f.required());
                if ("array".equals(f.type())) {
                    b.type(List.class).auxiliaryTypes(type).arity("1");
                } else {
                    b.type(type).arity("boolean".equals(f.type()) ? "0..1" : "1");
                }
                List<String> candidates = f.wireName().equals("model") ? command.models() : f.enumValues();
                if (!candidates.isEmpty()) {
                    b.completionCandidates(candidates);
                }
                arg = b.build();
                spec.addOption((OptionSpec) arg);
            }
            args.put(f, arg);
        }
    }

    private String describe(CliModel.Field f) {
        StringBuilder s = new StringBuilder(f.help());
        if (f.upload() != null) {
            s.append(s.length() == 0 ? "" : " ").append("An http(s) URL or a local ").append(f.upload())
                    .append(" file (uploaded first)").append("array".equals(f.type()) ? "; repeatable." : ".");
        } else if ("array".equals(f.type())) {
            s.append(s.length() == 0 ? "" : " ").append("Repeatable.");
        }
        if ("json".equals(f.type())) {
            s.append(" A JSON value.");
        }
        if (!f.enumValues().isEmpty()) {
            s.append(" One of: ").append(String.join(", ", f.enumValues())).append('.');
        }
        if (f.wireName().equals("model") && !command.models().isEmpty()) {
            s.append(" Known models: 'kling models'.");
        }
        if (f.cliDefault() != null) {
            s.append(" Default: ").append(f.cliDefault()).append(f.defaultWhen().isEmpty() ? "." : " (see the description).");
        } else if (f.specDefault() != null) {
            s.append(" Default (RunAPI's): ").append(f.specDefault()).append('.');
        }
        return s.toString().trim();
    }

    private static Class<?> javaType(String type) {
        return switch (type == null ? "string" : type) {
            case "integer" -> Integer.class;
            case "int64" -> Long.class;
            case "number" -> BigDecimal.class;
            case "boolean" -> Boolean.class;
            default -> String.class;
        };
    }

    /** @return the value given for a field (the user's, not the default), or null */
    Object given(String wireName) {
        CliModel.Field f = command.option(wireName);
        if (f == null) {
            return null;
        }
        Object value = args.get(f).getValue();
        return value instanceof List<?> l && l.isEmpty() ? null : value;
    }

    /** Checks every local file of an upload field (URLs pass). */
    void checkFiles(Uploads uploads) {
        for (CliModel.Field f : command.options()) {
            if (f.upload() != null) {
                for (String value : values(given(f.wireName()))) {
                    uploads.check(f.label(), value, LocalMedia.Kind.valueOf(f.upload().toUpperCase(java.util.Locale.ROOT)));
                }
            }
        }
    }

    /**
     * Checks the {@code exactly_one} rules of the model the request will use.
     *
     * @throws IllegalArgumentException (exit 4) naming the options
     */
    void checkExactlyOne(Object model) {
        for (CliModel.ExactlyOne rule : command.exactlyOne()) {
            if (!rule.anyModel() && (model == null || !rule.models().contains(String.valueOf(model)))) {
                continue;
            }
            long set = rule.fields().stream().filter(field -> given(field) != null).count();
            if (set != 1) {
                List<String> names = new ArrayList<>();
                rule.fields().forEach(field -> names.add(command.option(field) == null ? field : command.option(field).label()));
                String last = names.remove(names.size() - 1);
                throw new IllegalArgumentException("give exactly one of " + String.join(", ", names) + " and " + last);
            }
        }
    }

    /**
     * @param uploads the local files (placeholders before the upload, their URLs after it)
     * @return the given options as wire fields, in schema order, local files replaced by URLs
     */
    Map<String, Object> givenFields(Uploads uploads) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (CliModel.Field f : command.options()) {
            Object value = given(f.wireName());
            if (value == null) {
                continue;
            }
            if (f.upload() != null && value instanceof List<?> list) {
                List<String> urls = new ArrayList<>();
                list.forEach(v -> urls.add(uploads.url(String.valueOf(v))));
                value = urls;
            } else if (f.upload() != null) {
                value = uploads.url(String.valueOf(value));
            } else if ("json".equals(f.type())) {
                value = json(f, String.valueOf(value));
            }
            fields.put(f.wireName(), value);
        }
        return fields;
    }

    /** Sets every unset field that has a default whose conditions hold. */
    void applyDefaults(Map<String, Object> fields) {
        for (CliModel.Field f : command.options()) {
            if (f.cliDefault() != null && !fields.containsKey(f.wireName())
                    && f.defaultWhen().stream().allMatch(c -> c.holds(fields))) {
                fields.put(f.wireName(), typed(f, f.cliDefault()));
            }
        }
    }

    private static Object typed(CliModel.Field f, String text) {
        return switch (f.type()) {
            case "integer" -> Integer.valueOf(text);
            case "int64" -> Long.valueOf(text);
            case "number" -> new BigDecimal(text);
            case "boolean" -> Boolean.valueOf(text);
            case "array" -> List.of(text);
            case "json" -> json(f, text);
            default -> text;
        };
    }

    private static Object json(CliModel.Field f, String text) {
        try {
            return new ObjectMapper().readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(f.label() + ": not valid JSON (" + Errors.clip(
                    String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse(""), 120) + ")");
        }
    }

    private static List<String> values(Object value) {
        if (value == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(v -> out.add(String.valueOf(v)));
        } else {
            out.add(String.valueOf(value));
        }
        return out;
    }
}
