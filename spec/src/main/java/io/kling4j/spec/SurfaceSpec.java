package io.kling4j.spec;

import io.kling4j.spec.TaskOperations.TaskOperation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes the spec the client's typed surface is generated from: the hand-written spec with the names the templates
 * need computed here, in plain Java, so that a new task endpoint needs nothing but its paths and request schema.
 * Every task endpoint ({@link TaskOperations}) gets
 * <ul>
 *   <li>its operations tagged with the endpoint's name in UpperCamelCase ({@code text_to_video} → {@code TextToVideo}),
 *       which names the generated {@code TextToVideoResource} and {@code TextToVideoParams};</li>
 *   <li>{@code x-kling-task} on its {@code post}: {@code segment}, {@code resource} (the client's accessor,
 *       {@code textToVideo}), {@code params}, {@code schema} (the request schema), {@code command} (the CLI
 *       command: the operation's {@code x-kling-cli-name}, else the segment in kebab-case), {@code order} (its
 *       position in the spec);</li>
 *   <li>{@code x-kling-value: true} on every object schema reachable from its request schema (the nested value
 *       types of the params, e.g. {@code MultiPromptItem}).</li>
 * </ul>
 * Usage: {@code SurfaceSpec <spec.yaml> <out.yaml>}.
 */
public final class SurfaceSpec {
    private SurfaceSpec() {
    }

    /**
     * @param args the spec to read and the file to write
     * @throws IOException when either fails
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: SurfaceSpec <spec.yaml> <out.yaml>");
        }
        Map<String, Object> spec = TaskOperations.parse(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
        annotate(spec);
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(4096);
        Path out = Path.of(args[1]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, new Yaml(options).dump(spec), StandardCharsets.UTF_8);
    }

    /**
     * Adds the names and marks described above, in place.
     *
     * @param spec a parsed spec ({@link TaskOperations#parse})
     * @return the task endpoints it declares
     */
    public static List<TaskOperation> annotate(Map<String, Object> spec) {
        List<TaskOperation> tasks = TaskOperations.of(spec);
        Map<String, Object> paths = TaskOperations.map(spec.get("paths"));
        Map<String, Object> schemas = TaskOperations.schemas(spec);
        for (int i = 0; i < tasks.size(); i++) {
            TaskOperation task = tasks.get(i);
            String tag = upperCamel(task.segment());
            Map<String, Object> extension = new LinkedHashMap<>();
            extension.put("segment", task.segment());
            extension.put("resource", Character.toLowerCase(tag.charAt(0)) + tag.substring(1));
            extension.put("params", tag + "Params");
            extension.put("schema", task.schemaName());
            extension.put("command", commandName(task));
            extension.put("order", i);
            task.operation().put("tags", new ArrayList<>(List.of(tag)));
            task.operation().put("x-kling-task", extension);
            Map<String, Object> get = TaskOperations.map(TaskOperations.map(paths.get(task.path() + "/{id}")).get("get"));
            get.put("tags", new ArrayList<>(List.of(tag)));
            markValues(task.requestSchema(), schemas);
        }
        return tasks;
    }

    /**
     * @param task a task endpoint
     * @return its CLI command name: {@code x-kling-cli-name} of its operation, else its segment in kebab-case
     */
    public static String commandName(TaskOperation task) {
        Object declared = task.operation().get("x-kling-cli-name");
        return declared instanceof String s && !s.isBlank() ? s : task.segment().replace('_', '-');
    }

    /**
     * @param snake a name in snake_case
     * @return it in UpperCamelCase
     */
    public static String upperCamel(String snake) {
        StringBuilder out = new StringBuilder();
        for (String part : snake.split("[_\\-]")) {
            if (!part.isEmpty()) {
                out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return out.toString();
    }

    private static void markValues(Map<String, Object> schema, Map<String, Object> schemas) {
        for (Object property : TaskOperations.map(schema.get("properties")).values()) {
            Map<String, Object> p = TaskOperations.map(property);
            Object ref = p.containsKey("items") ? TaskOperations.map(p.get("items")).get("$ref") : p.get("$ref");
            if (ref instanceof String r) {
                String name = r.substring(r.lastIndexOf('/') + 1);
                Map<String, Object> target = TaskOperations.map(schemas.get(name));
                if (target.containsKey("properties") && !Boolean.TRUE.equals(target.get("x-kling-value"))) {
                    target.put("x-kling-value", true);
                    markValues(target, schemas);
                }
            }
        }
    }
}
