package io.kling4j.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A storyboard file, YAML ({@code .yaml}/{@code .yml}) or JSON (anything else):
 * <pre>
 * model: kling-3.0          # optional; the command's --model otherwise
 * aspect_ratio: "16:9"      # optional
 * resolution: 720p          # optional
 * sound: false              # optional
 * shots:                    # required, 1 or more
 *   - prompt: A fox wakes up in its den
 *     duration: 5           # optional, seconds
 *   - prompt: The fox runs out into the snow
 *     duration: 5
 * </pre>
 *
 * @param model        the model slug, or null
 * @param aspectRatio  the aspect ratio, or null
 * @param resolution   the output resolution, or null
 * @param sound        whether to generate audio, or null
 * @param shots        the shots in order
 */
record Storyboard(String model, String aspectRatio, String resolution, Boolean sound, List<Shot> shots) {
    /**
     * One shot.
     *
     * @param prompt          what the shot shows
     * @param durationSeconds its length, or null for the model's default
     */
    record Shot(String prompt, Integer durationSeconds) {
    }

    /** Reads and checks a storyboard; every problem is an {@link IllegalArgumentException} naming the field. */
    static Storyboard read(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        ObjectMapper mapper = name.endsWith(".yaml") || name.endsWith(".yml")
                ? new ObjectMapper(new YAMLFactory()) : new ObjectMapper();
        JsonNode root;
        try {
            root = mapper.readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new IllegalArgumentException("storyboard " + file + (at == null ? "" : " line " + at.getLineNr()
                    + ", column " + at.getColumnNr()) + ": " + Errors.clip(firstLine(e.getOriginalMessage()), 120));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read storyboard " + file + ": " + firstLine(e.getMessage()));
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("storyboard " + file + ": must be an object with a 'shots' list");
        }
        JsonNode shotsNode = root.path("shots");
        if (!shotsNode.isArray() || shotsNode.isEmpty()) {
            throw new IllegalArgumentException("storyboard " + file + ": 'shots' must be a non-empty list");
        }
        List<Shot> shots = new ArrayList<>();
        for (int i = 0; i < shotsNode.size(); i++) {
            JsonNode shot = shotsNode.get(i);
            String prompt = shot.path("prompt").asText("");
            if (prompt.isBlank()) {
                throw new IllegalArgumentException("storyboard " + file + ": shots[" + i + "].prompt is required");
            }
            JsonNode duration = shot.path("duration");
            if (!duration.isMissingNode() && !duration.canConvertToInt()) {
                throw new IllegalArgumentException("storyboard " + file + ": shots[" + i
                        + "].duration must be a whole number of seconds");
            }
            shots.add(new Shot(prompt, duration.isMissingNode() ? null : duration.asInt()));
        }
        return new Storyboard(text(root, "model"), text(root, "aspect_ratio"), text(root, "resolution"),
                root.has("sound") ? root.get("sound").asBoolean() : null, List.copyOf(shots));
    }

    /**
     * Makes a request one multi-shot video: {@code multi_shots} and one {@code multi_prompt} item per shot; the
     * board's model, aspect ratio, resolution and sound win over the options; the duration, when not given, is the
     * sum of the shots' when every shot has one.
     *
     * @param fields the request's wire fields, changed in place
     */
    void applyTo(Map<String, Object> fields) {
        fields.put("multi_shots", true);
        List<Map<String, Object>> prompts = new ArrayList<>();
        int total = 0;
        boolean allTimed = true;
        for (Shot shot : shots) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("prompt", shot.prompt());
            if (shot.durationSeconds() != null) {
                item.put("duration_seconds", shot.durationSeconds());
                total += shot.durationSeconds();
            } else {
                allTimed = false;
            }
            prompts.add(item);
        }
        fields.put("multi_prompt", prompts);
        putIfSet(fields, "model", model);
        putIfSet(fields, "aspect_ratio", aspectRatio);
        putIfSet(fields, "output_resolution", resolution);
        putIfSet(fields, "enable_sound", sound);
        if (!fields.containsKey("duration_seconds") && allTimed) {
            fields.put("duration_seconds", total);
        }
    }

    private static void putIfSet(Map<String, Object> fields, String field, Object value) {
        if (value != null) {
            fields.put(field, value);
        }
    }

    private static String text(JsonNode root, String field) {
        JsonNode node = root.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
