package io.kling4j.spec.diff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * One planted edit of the spec text, applied to a copy written to a temporary folder (the real spec is never
 * touched). Each edit requires its anchor text to occur exactly once, so a later spec edit that moves the
 * anchor makes the planting test fail loudly instead of silently planting nothing.
 *
 * @param name what the edit does
 * @param edit the text transformation
 */
record SpecMutation(String name, UnaryOperator<String> edit) {

    /** Replaces the single occurrence of {@code anchor} by {@code replacement}. */
    static SpecMutation replace(String name, String anchor, String replacement) {
        return new SpecMutation(name, text -> replaceOnce(text, anchor, replacement));
    }

    /** Removes everything from {@code from} (inclusive) up to {@code until} (exclusive); both occur once. */
    static SpecMutation cut(String name, String from, String until) {
        return new SpecMutation(name, text -> {
            int start = indexOnce(text, from);
            int end = text.indexOf(until, start);
            if (end < 0) {
                throw new IllegalStateException(name + ": end anchor not found after start: " + until);
            }
            return text.substring(0, start) + text.substring(end);
        });
    }

    /** @return this edit followed by {@code next} */
    SpecMutation then(SpecMutation next) {
        return new SpecMutation(name + " + " + next.name, text -> next.edit.apply(edit.apply(text)));
    }

    /** Applies the edit to {@code original} and writes the result as {@code kling.yaml} in {@code dir}. */
    Path writeTo(String original, Path dir) {
        Path file = dir.resolve("kling.yaml");
        try {
            Files.writeString(file, edit.apply(original));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    static String replaceOnce(String text, String anchor, String replacement) {
        int at = indexOnce(text, anchor);
        return text.substring(0, at) + replacement + text.substring(at + anchor.length());
    }

    private static int indexOnce(String text, String anchor) {
        int at = text.indexOf(anchor);
        if (at < 0 || text.indexOf(anchor, at + 1) >= 0) {
            throw new IllegalStateException("anchor must occur exactly once in the spec: " + anchor);
        }
        return at;
    }

    @Override
    public String toString() {
        return name;
    }
}
