package io.kling4j.cli;

import io.kling4j.client.errors.AuthenticationException;
import io.kling4j.client.errors.FieldViolation;
import io.kling4j.client.errors.InsufficientCreditsException;
import io.kling4j.client.errors.NotFoundException;
import io.kling4j.client.errors.RateLimitException;
import io.kling4j.client.errors.ValidationException;
import io.kling4j.client.errors.WaitTimeoutException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One clear line per error: what happened and what to do. Values are cut to about {@value #VALUE_CHARS}
 * characters, violations are listed once each and name the CLI option beside the API field, and no Java class
 * name or ISO duration ({@code PT0S}) appears unless {@code --verbose}.
 */
final class Errors {
    static final int VALUE_CHARS = 80;
    private static final int LINE_CHARS = 600;
    private static final Pattern CLASS_NAME = Pattern.compile(
            "\\b(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)\\b:?\\s*");
    private static final Pattern ISO_DURATION = Pattern.compile("\\bPT(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:\\.\\d+)?)S)?\\b");

    private Errors() {
    }

    static String oneLine(Throwable e) {
        return oneLine(e, false);
    }

    /**
     * @param e       the failure
     * @param verbose keep class names and ISO durations
     * @return one line
     */
    static String oneLine(Throwable e, boolean verbose) {
        return oneLine(e, verbose, Map.of());
    }

    /**
     * @param e       the failure
     * @param verbose keep class names and ISO durations
     * @param labels  the option of each wire field of the command that failed (its {@link SubmitCommand#labels})
     * @return one line
     */
    static String oneLine(Throwable e, boolean verbose, Map<String, String> labels) {
        if (e instanceof CliException) {
            return clip(verbose ? e.getMessage() : humane(e.getMessage()), LINE_CHARS);
        }
        if (e instanceof ValidationException v && !v.violations().isEmpty()) {
            return "invalid request: " + String.join("; ", violations(v.violations(), labels))
                    + " (fix the option; rules per model: kling models, docs/models.md)";
        }
        String message = e.getMessage() == null ? "unexpected failure" : e.getMessage();
        message = message.strip().replaceAll("\\s*\\R\\s*", "; ");
        return clip(verbose ? message : humane(message), LINE_CHARS) + hint(e);
    }

    /** Each broken rule once, the model-specific one winning over the generic one of the same field. */
    static List<String> violations(List<FieldViolation> all, Map<String, String> labels) {
        Set<String> withModel = new LinkedHashSet<>();
        for (FieldViolation v : all) {
            if (v.model() != null) {
                withModel.add(v.field());
            }
        }
        Set<String> lines = new LinkedHashSet<>();
        for (FieldViolation v : all) {
            if (v.model() == null && withModel.contains(v.field())) {
                continue;
            }
            lines.add(label(v.field(), labels) + (v.value() == null ? "" : " = " + clip(v.value(), VALUE_CHARS)) + ": "
                    + v.rule() + (v.model() == null ? "" : " for " + v.model()));
        }
        return new ArrayList<>(lines);
    }

    /** @return {@code --duration (duration_seconds)}, or the field alone when no option sets it */
    static String label(String field, Map<String, String> labels) {
        String root = field.split("[.\\[]", 2)[0];
        String option = labels.get(root);
        return option == null ? field : option + " (" + field + ")";
    }

    /** @return the text cut to {@value #VALUE_CHARS} characters, marked with an ellipsis and the full length */
    static String clip(String text) {
        return clip(text, VALUE_CHARS);
    }

    static String clip(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max) + "… (" + text.length() + " characters)";
    }

    /** Drops Java class names and says ISO durations in seconds. */
    static String humane(String message) {
        String text = CLASS_NAME.matcher(message).replaceAll("");
        Matcher m = ISO_DURATION.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            double seconds = (m.group(1) == null ? 0 : Long.parseLong(m.group(1)) * 3600)
                    + (m.group(2) == null ? 0 : Long.parseLong(m.group(2)) * 60)
                    + (m.group(3) == null ? 0 : Double.parseDouble(m.group(3)));
            m.appendReplacement(out, Matcher.quoteReplacement(
                    (seconds == Math.rint(seconds) ? String.valueOf((long) seconds) : String.valueOf(seconds)) + " s"));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String hint(Throwable e) {
        if (e instanceof AuthenticationException) {
            return " (check RUNAPI_API_KEY; unset it to use the embedded sandbox)";
        }
        if (e instanceof InsufficientCreditsException) {
            return " (top up your RunAPI balance)";
        }
        if (e instanceof NotFoundException) {
            return " (check the task id and --endpoint; sandbox tasks vanish when the sandbox stops)";
        }
        if (e instanceof RateLimitException r) {
            return r.retryAfter().map(d -> " (retry in " + d.toSeconds() + " s)").orElse(" (retry later)");
        }
        if (e instanceof WaitTimeoutException w) {
            return " (resume with: kling wait " + w.taskId() + ")";
        }
        return "";
    }
}
