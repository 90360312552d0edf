package io.kling4j.cli;

import io.kling4j.spec.KlingSpec;
import io.kling4j.spec.TaskOperations;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * The task commands of the CLI as the spec declares them: one per task endpoint, one option per request field
 * (see docs/cli.md, "Commands from the spec"). {@link CliModelReader} reads it from a parsed spec; the build writes
 * the bundled spec's model next to the classes ({@link CliModelWriter}, {@value #RESOURCE}) so that start-up reads a few
 * kilobytes ({@link CliModelFile}) instead of parsing the whole spec (about 120 ms of the 0.5 s that
 * {@code kling --help} may take).
 *
 * @param commands the task commands, in spec order
 */
record CliModel(List<Command> commands) {
    /** Classpath location of the model the build wrote from the bundled spec. */
    static final String RESOURCE = "io/kling4j/cli/cli-model.bin";

    /**
     * One task command.
     *
     * @param name        the command ({@code x-kling-cli-name}, else the segment in kebab-case)
     * @param aliases     other names (the kebab-case segment when the name differs, {@code x-kling-cli-aliases})
     * @param segment     the endpoint's path segment, e.g. {@code text_to_video}
     * @param description help lines ({@code x-kling-cli-description}, else from the summary)
     * @param examples    example command lines ({@code x-kling-cli-examples}, else from the request example)
     * @param footer      more help lines after the examples ({@code x-kling-cli-footer})
     * @param storyboard  whether the command takes {@code --storyboard FILE} ({@code x-kling-cli-storyboard})
     * @param options     one per request field, in schema order
     * @param models      the model slugs of the schema's {@code x-kling-models}, in spec order
     * @param exactlyOne  the {@code exactly_one} rules of {@code x-kling-models}
     */
    record Command(String name, List<String> aliases, String segment, List<String> description, List<String> examples,
            List<String> footer, boolean storyboard, List<Field> options, List<String> models,
            List<ExactlyOne> exactlyOne) {
        /** @return the option of a wire field, or null */
        Field option(String wireName) {
            return options.stream().filter(o -> o.wireName().equals(wireName)).findFirst().orElse(null);
        }

        /** @return the option name shown for each wire field in messages, e.g. {@code duration_seconds → --duration} */
        Map<String, String> labels() {
            Map<String, String> labels = new java.util.HashMap<>();
            options.forEach(o -> labels.put(o.wireName(), o.label()));
            return labels;
        }
    }

    /**
     * One request field and its option.
     *
     * @param wireName    the JSON field, e.g. {@code first_frame_image_url}
     * @param names       option names, the kebab-case one first, then {@code x-kling-cli-aliases}; empty when
     *                    positional
     * @param paramLabel  the value's label in help ({@code x-kling-cli-label}, else from its type)
     * @param type        {@code string}, {@code integer}, {@code int64}, {@code number}, {@code boolean},
     *                    {@code array} (repeatable) or {@code json} (objects, arrays of objects)
     * @param itemType    the type of an array's items
     * @param enumValues  the allowed values (help and completion; not enforced: the spec's enums are open)
     * @param help        the description ({@code x-kling-cli-help}, else the spec's)
     * @param cliDefault  the value sent when the option is not given ({@code x-kling-cli-default}), or null
     * @param defaultWhen conditions under which the default applies ({@code x-kling-cli-default-when})
     * @param specDefault the schema's {@code default} (the server's; shown in help, not sent), or null
     * @param upload      {@code image}, {@code audio} or {@code video} when a local file is accepted
     *                    ({@code x-kling-upload}), else null
     * @param required    required by the schema and without a default
     * @param positional  a positional parameter ({@code x-kling-cli-positional}) instead of an option
     */
    record Field(String wireName, List<String> names, String paramLabel, String type, String itemType,
            List<String> enumValues, String help, String cliDefault, List<Condition> defaultWhen, String specDefault,
            String upload, boolean required, boolean positional) {
        /** @return the name messages use: the first alias when there is one, else the kebab-case name */
        String label() {
            if (positional) {
                return paramLabel;
            }
            return names.size() > 1 ? names.get(1) : names.get(0);
        }
    }

    /**
     * A condition of {@code x-kling-cli-default-when}, written like the {@code when} of {@code x-kling-models}.
     *
     * @param field  the wire field
     * @param set    true: the field is set; false: it is unset; null: see {@code equals}
     * @param equals the field's value is one of these (as text), or empty
     */
    record Condition(String field, Boolean set, List<String> equals) {
        boolean holds(Map<String, Object> fields) {
            Object value = fields.get(field);
            if (set != null) {
                return set == (value != null);
            }
            return value != null && equals.contains(String.valueOf(value));
        }
    }

    /**
     * An {@code exactly_one} rule: the request sets exactly one of the fields, for these models.
     *
     * @param models   the models the rule is for
     * @param anyModel whether it is for every model
     * @param fields   the wire fields
     */
    record ExactlyOne(List<String> models, boolean anyModel, List<String> fields) {
    }

    /** @return the model of the bundled spec: written by the build, else read from the spec (slower) */
    static CliModel bundled() {
        InputStream in = CliModel.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            return fromYaml(KlingSpec.text());
        }
        try (DataInputStream data = new DataInputStream(new BufferedInputStream(in))) {
            return CliModelFile.read(data);
        } catch (IOException | RuntimeException e) {
            return fromYaml(KlingSpec.text()); // a file of another version: read the spec instead
        }
    }

    /**
     * @param yaml an OpenAPI document (the spec)
     * @return its task commands
     */
    static CliModel fromYaml(String yaml) {
        return CliModelReader.read(TaskOperations.parse(yaml));
    }

    /** @return the command of that name or alias, or null */
    Command command(String name) {
        return commands.stream().filter(c -> c.name().equals(name) || c.aliases().contains(name)).findFirst()
                .orElse(null);
    }
}
