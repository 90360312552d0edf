package io.kling4j.mcp;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The spec's per-model rules ({@code x-kling-models}) in a few words per model, for tool descriptions. */
final class RuleSummary {
    private RuleSummary() {
    }

    /**
     * @param modelRules the {@code x-kling-models} entries of one request schema
     * @return one line per entry, e.g. {@code kling-3.0: duration_seconds 3-15; aspect_ratio 16:9|9:16|1:1; ...}
     */
    static String of(List<Map<String, Object>> modelRules) {
        StringBuilder out = new StringBuilder();
        for (Map<String, Object> rule : modelRules) {
            StringBuilder line = new StringBuilder(join(rule.get("models"), ", ")).append(':');
            if (rule.get("durations") != null) {
                line.append(" duration_seconds ").append(join(rule.get("durations"), "|")).append(';');
            } else if (rule.get("duration_min") != null) {
                line.append(" duration_seconds ").append(rule.get("duration_min")).append('-')
                        .append(rule.get("duration_max")).append(';');
            }
            append(line, "aspect_ratio", rule.get("aspect_ratios"), "|");
            append(line, "output_resolution", rule.get("resolutions"), "|");
            append(line, "mode", rule.get("modes"), "|");
            append(line, "requires", rule.get("required"), ", ");
            append(line, "forbids", rule.get("forbidden"), ", ");
            if (rule.get("rules") instanceof Collection<?> c && !c.isEmpty()) {
                line.append(" plus ").append(c.size()).append(" conditional rule(s);");
            }
            out.append("- ").append(line.toString().replaceAll(";$", "")).append('\n');
        }
        return out.toString().trim();
    }

    private static void append(StringBuilder line, String label, Object values, String sep) {
        if (values instanceof Collection<?> c && !c.isEmpty()) {
            line.append(' ').append(label).append(' ').append(join(values, sep)).append(';');
        }
    }

    private static String join(Object values, String sep) {
        if (values instanceof Collection<?> c) {
            return String.join(sep, c.stream().map(String::valueOf).toList());
        }
        return String.valueOf(values);
    }
}
