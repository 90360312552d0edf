package io.kling4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;

/** The terminal's width: {@code COLUMNS} when set, else {@code stty size} on the controlling terminal. */
final class Terminal {
    /** Width assumed when nothing says otherwise. */
    static final int DEFAULT_COLUMNS = 80;
    /** picocli refuses narrower help. */
    private static final int MIN_HELP = 55;

    private Terminal() {
    }

    /**
     * @param env the environment
     * @return the width in columns, or null when unknown
     */
    static Integer columns(Map<String, String> env) {
        String columns = env.get("COLUMNS");
        if (columns != null && columns.trim().matches("\\d{1,4}") && Integer.parseInt(columns.trim()) > 0) {
            return Integer.parseInt(columns.trim());
        }
        return System.console() == null ? null : stty();
    }

    /** Help as wide as the terminal (80 columns when unknown), wrapped between words only ({@link HelpWrap}). */
    static void applyHelpWidth(CommandLine cli, Map<String, String> env, java.io.PrintStream out) {
        Integer columns = columns(env);
        cli.setUsageHelpWidth(HelpWrap.UNWRAPPED);
        cli.setOut(HelpWrap.writer(out, Math.max(MIN_HELP, columns == null ? DEFAULT_COLUMNS : columns)));
    }

    private static Integer stty() {
        try {
            Process p = new ProcessBuilder("sh", "-c", "stty size < /dev/tty").redirectErrorStream(true).start();
            try (InputStream in = p.getInputStream()) {
                if (!p.waitFor(1, TimeUnit.SECONDS)) {
                    p.destroy();
                    return null;
                }
                String[] size = new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim().split("\\s+");
                return size.length == 2 && size[1].matches("\\d+") ? Integer.valueOf(size[1]) : null;
            }
        } catch (IOException | RuntimeException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
