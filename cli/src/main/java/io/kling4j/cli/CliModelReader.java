package io.kling4j.cli;

import io.kling4j.spec.JsonSchemas;
import io.kling4j.spec.SurfaceSpec;
import io.kling4j.spec.TaskOperations;
import io.kling4j.spec.TaskOperations.TaskOperation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@link CliModel} from a parsed spec: every task endpoint ({@link TaskOperations}) is a command, every
 * property of its request schema an option, typed by the schema ({@link JsonSchemas#inline} resolves references)
 * and shaped by the vendor extensions of docs/spec-conventions.md ({@code x-kling-cli-*}, {@code x-kling-upload}).
 */
final class CliModelReader {
    /** Options every task command has (SubmitCommand, help); a field's option never takes one of these names. */
    /** The file name of an example URL per upload kind. */
    private static final Map<String, String> SAMPLE = Map.of("image", "image.png", "audio", "audio.mp3",
            "video", "video.mp4");
    static final Set<String> RESERVED = Set.of("-o", "--output", "--no-wait", "--timeout", "--idempotency-key",
            "--json", "--max-cost", "--storyboard", "-h", "--help", "-V", "--version", "--verbose", "--request-timeout");

    private CliModelReader() {
    }

    static CliModel read(Map<String, Object> spec) {
        Map<String, Object> schemas = TaskOperations.schemas(spec);
        List<CliModel.Command> commands = new ArrayList<>();
        for (TaskOperation task : TaskOperations.of(spec)) {
            commands.add(command(task, schemas));
        }
        return new CliModel(List.copyOf(commands));
    }

    private static CliModel.Command command(TaskOperation task, Map<String, Object> schemas) {
        Map<String, Object> op = task.operation();
        String name = SurfaceSpec.commandName(task);
        Set<String> aliases = new LinkedHashSet<>(strings(op.get("x-kling-cli-aliases")));
        aliases.add(kebab(task.segment()));
        aliases.remove(name);
        Map<String, Object> schema = task.requestSchema();
        List<Object> required = list(schema.get("required"));
        List<CliModel.Field> options = new ArrayList<>();
        Set<String> taken = new LinkedHashSet<>(RESERVED);
        TaskOperations.map(schema.get("properties")).forEach((field, property) ->
                options.add(field(field, TaskOperations.map(property), schemas, required.contains(field), taken)));
        List<String> description = strings(op.get("x-kling-cli-description"));
        if (description.isEmpty()) {
            String summary = text(op.get("summary"));
            description = List.of((summary == null ? "Create a " + kebab(task.segment()) + " task" : summary)
                    + ", wait for it and save the MP4.");
        }
        List<String> models = new ArrayList<>();
        List<CliModel.ExactlyOne> exactlyOne = new ArrayList<>();
        for (Object entry : list(schema.get("x-kling-models"))) {
            Map<String, Object> rules = TaskOperations.map(entry);
            List<String> slugs = strings(rules.get("models"));
            slugs.stream().filter(m -> !models.contains(m)).forEach(models::add);
            for (Object rule : list(rules.get("rules"))) {
                List<String> fields = strings(TaskOperations.map(rule).get("exactly_one"));
                if (!fields.isEmpty()) {
                    exactlyOne.add(new CliModel.ExactlyOne(slugs, Boolean.TRUE.equals(rules.get("any_model")), fields));
                }
            }
        }
        List<String> examples = strings(op.get("x-kling-cli-examples"));
        if (examples.isEmpty()) {
            examples = List.of(example(name, options, task.requestExample(), models));
        }
        return new CliModel.Command(name, List.copyOf(aliases), task.segment(), List.copyOf(description),
                List.copyOf(examples), strings(op.get("x-kling-cli-footer")),
                Boolean.TRUE.equals(op.get("x-kling-cli-storyboard")), List.copyOf(options), List.copyOf(models),
                List.copyOf(exactlyOne));
    }

    private static CliModel.Field field(String wireName, Map<String, Object> raw, Map<String, Object> schemas,
            boolean requiredBySchema, Set<String> taken) {
        Map<String, Object> resolved = JsonSchemas.inline(raw, schemas);
        Map<String, Object> items = TaskOperations.map(resolved.get("items"));
        String type = type(resolved, raw, schemas);
        String itemType = "array".equals(type) ? type(items, TaskOperations.map(raw.get("items")), schemas) : null;
        if ("array".equals(type) && ("json".equals(itemType) || "array".equals(itemType))) {
            type = "json";
            itemType = null;
        }
        boolean positional = Boolean.TRUE.equals(raw.get("x-kling-cli-positional"));
        List<String> names = new ArrayList<>();
        if (!positional) {
            names.add(free("--" + kebab(wireName), taken));
            for (String alias : strings(raw.get("x-kling-cli-aliases"))) {
                String option = alias.startsWith("-") ? alias : "--" + alias;
                if (taken.add(option)) {
                    names.add(option);
                }
            }
        }
        List<String> enumValues = strings(resolved.containsKey("enum") ? resolved.get("enum") : items.get("enum"));
        String upload = text(raw.get("x-kling-upload"));
        String label = text(raw.get("x-kling-cli-label"));
        if (label == null) {
            label = label(wireName, type, enumValues, upload);
        }
        String help = text(raw.containsKey("x-kling-cli-help") ? raw.get("x-kling-cli-help")
                : upload != null ? raw.get("description") : resolved.get("description")); // "an http(s) URL" says less
        if (help == null || help.isBlank()) {
            help = upload != null ? "" : "Sets the request field of that name.";
        }
        List<CliModel.Condition> when = new ArrayList<>();
        for (Object c : list(raw.get("x-kling-cli-default-when"))) {
            Map<String, Object> condition = TaskOperations.map(c);
            Boolean set = condition.containsKey("set") ? Boolean.valueOf(String.valueOf(condition.get("set")))
                    : condition.containsKey("unset") ? !Boolean.parseBoolean(String.valueOf(condition.get("unset"))) : null;
            when.add(new CliModel.Condition(text(condition.get("field")), set, strings(condition.get("equals"))));
        }
        String cliDefault = text(raw.get("x-kling-cli-default"));
        return new CliModel.Field(wireName, List.copyOf(names), label, type, itemType, enumValues,
                help.trim().replaceAll("\\s+", " "), cliDefault, List.copyOf(when),
                text(resolved.get("default")), upload, requiredBySchema && cliDefault == null, positional);
    }

    /** The kebab-case name, or, when a built-in option or another field has it, the same with {@code -field}. */
    private static String free(String option, Set<String> taken) {
        String name = option;
        while (!taken.add(name)) {
            name = name + "-field";
        }
        return name;
    }

    private static String type(Map<String, Object> resolved, Map<String, Object> raw, Map<String, Object> schemas) {
        String type = text(resolved.get("type"));
        if (type == null || "object".equals(type) || resolved.containsKey("properties")) {
            return "json";
        }
        if ("integer".equals(type)) {
            return "int64".equals(format(raw, schemas)) ? "int64" : "integer";
        }
        return List.of("string", "number", "boolean", "array").contains(type) ? type : "json";
    }

    /** The {@code format} of a schema, following references ({@link JsonSchemas} drops it). */
    private static String format(Map<String, Object> schema, Map<String, Object> schemas) {
        Map<String, Object> s = schema;
        for (int depth = 0; depth < 16 && s.get("$ref") instanceof String ref; depth++) {
            s = TaskOperations.map(schemas.get(ref.substring(ref.lastIndexOf('/') + 1)));
        }
        return text(s.get("format"));
    }

    private static String label(String wireName, String type, List<String> enumValues, String upload) {
        if (upload != null) {
            return "URL|FILE";
        }
        if (wireName.endsWith("_url") || wireName.endsWith("_urls")) {
            return "URL";
        }
        return switch (type) {
            case "integer", "int64" -> "N";
            case "number" -> "X";
            case "boolean" -> "true|false";
            case "json" -> "JSON";
            default -> !enumValues.isEmpty() && String.join("|", enumValues).length() <= 24
                    ? String.join("|", enumValues) : wireName.toUpperCase(Locale.ROOT);
        };
    }

    /** An example command line from the request example of the spec, else from the required options. */
    private static String example(String name, List<CliModel.Field> options, Map<String, Object> example,
            List<String> models) {
        StringBuilder line = new StringBuilder("kling ").append(name);
        for (CliModel.Field o : options) {
            Object value = example.get(o.wireName());
            if (value == null && !o.required()) {
                continue;
            }
            if (value == null) {
                value = o.wireName().equals("model") && !models.isEmpty() ? models.get(0)
                        : o.upload() != null ? "https://example.com/" + SAMPLE.get(o.upload())
                        : o.paramLabel().startsWith("URL") ? "https://example.com/" : o.paramLabel();
            }
            if (value instanceof Collection<?> c && !c.isEmpty()) {
                value = c.iterator().next();
            }
            if (o.positional()) {
                line.append(' ').append(ShellWords.quote(String.valueOf(value)));
            } else if (Boolean.TRUE.equals(value)) {
                line.append(' ').append(o.label());
            } else {
                line.append(' ').append(o.label()).append("boolean".equals(o.type()) ? "=" : " ")
                        .append(ShellWords.quote(String.valueOf(value)));
            }
        }
        return line.append(" -o video.mp4").toString();
    }

    static String kebab(String wireName) {
        return wireName.replace('_', '-');
    }

    private static List<Object> list(Object o) {
        return o instanceof List<?> l ? new ArrayList<>(l) : List.of();
    }

    private static List<String> strings(Object o) {
        List<String> out = new ArrayList<>();
        list(o).forEach(x -> out.add(String.valueOf(x)));
        return List.copyOf(out);
    }

    private static String text(Object o) {
        return o == null ? null : String.valueOf(o);
    }
}
