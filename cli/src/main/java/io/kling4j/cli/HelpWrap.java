package io.kling4j.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wraps picocli's help to the terminal's width, breaking lines at spaces only: picocli breaks after '.', '/' and
 * '-', which splits URLs, file names and model slugs ({@code kling-v2.} / {@code 6}). picocli lays the help out
 * unwrapped ({@link #UNWRAPPED} columns); each line longer than the width is broken here, continuing under the
 * option's description, the synopsis' first option, or, for an example command, after a {@code \} so that the
 * example still pastes as one command.
 */
final class HelpWrap {
    /** The width picocli lays out at: wide enough never to wrap. */
    static final int UNWRAPPED = 10_000;
    private static final Pattern OPTION_ROW = Pattern.compile("^( {2}(?:-\\w, |    )?--?\\S+\\s{2,})\\S");
    private static final Pattern USAGE = Pattern.compile("^(Usage: \\S+(?: [a-z][\\w-]*)* )");

    private HelpWrap() {
    }

    static PrintWriter writer(PrintStream out, int width) {
        return new PrintWriter(new Writer() {
            private final StringBuilder line = new StringBuilder();

            @Override
            public void write(char[] chars, int off, int len) {
                for (int i = off; i < off + len; i++) {
                    if (chars[i] == '\n') {
                        wrap(line.toString().replace("\r", ""), width).forEach(out::println);
                        line.setLength(0);
                    } else {
                        line.append(chars[i]);
                    }
                }
            }

            @Override
            public void flush() {
                out.flush();
            }

            @Override
            public void close() {
                flush();
            }
        }, true);
    }

    static List<String> wrap(String line, int width) {
        List<String> lines = new ArrayList<>();
        if (line.length() <= width) {
            lines.add(line);
            return lines;
        }
        boolean example = line.startsWith("  kling ");
        String indent = " ".repeat(continuation(line));
        String rest = line;
        String prefix = "";
        while ((prefix + rest).length() > width) {
            String current = prefix + rest;
            int room = width - (example ? 2 : 0);
            int floor = prefix.isEmpty() ? leading(current) : prefix.length();
            int cut = space(current, room, floor, example, false);
            if (cut < 0) {
                cut = space(current, room, floor, example, true); // one word longer than the room: keep it whole
                if (cut < 0) {
                    break;
                }
            }
            lines.add(current.substring(0, cut).stripTrailing() + (example ? " \\" : ""));
            rest = current.substring(cut + 1).stripLeading();
            prefix = example ? "      " : indent;
        }
        lines.add(prefix + rest);
        return lines;
    }

    /** The last space at or before {@code room} (or the first after it), outside double quotes in an example. */
    private static int space(String text, int room, int floor, boolean example, boolean after) {
        boolean quoted = false;
        int found = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' && example) {
                quoted = !quoted;
            } else if (c == ' ' && !quoted && i > floor) {
                if (i <= room) {
                    found = i;
                } else {
                    return after && found < 0 ? i : found;
                }
            }
        }
        return found;
    }

    private static int continuation(String line) {
        Matcher option = OPTION_ROW.matcher(line);
        if (option.find()) {
            return option.group(1).length() + 2;
        }
        Matcher usage = USAGE.matcher(line);
        if (usage.find()) {
            return Math.min(usage.group(1).length(), 30);
        }
        return leading(line) + 2;
    }

    private static int leading(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }
}
