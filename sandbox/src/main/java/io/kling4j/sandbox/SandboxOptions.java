package io.kling4j.sandbox;

import java.time.Duration;

/**
 * The command-line options of {@link SandboxMain}, parsed.
 *
 * @param help       whether {@code --help} was given
 * @param port       {@code --port N}, default {@value SandboxMain#DEFAULT_PORT}
 * @param timeScale  {@code --time-scale X}, default 1
 * @param pending    {@code --pending S} (seconds, decimals allowed), default 1 s
 * @param processing {@code --processing S}, default 3 s
 */
record SandboxOptions(boolean help, int port, double timeScale, Duration pending, Duration processing) {
    /** The one-line usage. */
    static final String USAGE = "usage: SandboxMain [--port N] [--time-scale X] [--pending S] [--processing S]"
            + "   (port default " + SandboxMain.DEFAULT_PORT + ", 0 picks a free one; time scale default 1;"
            + " pending 1 s, processing 3 s of sandbox time)";

    /**
     * @param args {@code --name value} or {@code --name=value} pairs, or {@code --help}
     * @return the options
     * @throws IllegalArgumentException naming the bad argument
     */
    static SandboxOptions parse(String[] args) {
        int port = SandboxMain.DEFAULT_PORT;
        double scale = 1;
        Duration pending = Duration.ofSeconds(1);
        Duration processing = Duration.ofSeconds(3);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if ("--help".equals(arg) || "-h".equals(arg)) {
                return new SandboxOptions(true, port, scale, pending, processing);
            }
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg : arg.substring(0, eq);
            String value;
            if (eq >= 0) {
                value = arg.substring(eq + 1);
            } else if (i + 1 < args.length && name.startsWith("--")) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException(name.startsWith("--") && isKnown(name)
                        ? name + " needs a value" : "unknown argument: " + arg);
            }
            switch (name) {
                case "--port" -> {
                    port = parseInt(name, value);
                    if (port < 0 || port > 65535) {
                        throw new IllegalArgumentException("--port must be between 0 and 65535");
                    }
                }
                case "--time-scale" -> {
                    scale = parseDouble(name, value);
                    if (!(scale > 0) || Double.isInfinite(scale)) {
                        throw new IllegalArgumentException("--time-scale must be a positive number");
                    }
                }
                case "--pending" -> pending = seconds(name, value);
                case "--processing" -> processing = seconds(name, value);
                default -> throw new IllegalArgumentException("unknown argument: " + arg);
            }
        }
        return new SandboxOptions(false, port, scale, pending, processing);
    }

    private static boolean isKnown(String name) {
        return name.equals("--port") || name.equals("--time-scale") || name.equals("--pending")
                || name.equals("--processing");
    }

    private static int parseInt(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " needs a number");
        }
    }

    private static double parseDouble(String name, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " needs a number");
        }
    }

    private static Duration seconds(String name, String value) {
        double seconds = parseDouble(name, value);
        if (!(seconds >= 0) || seconds > 86_400 * 365) {
            throw new IllegalArgumentException(name + " must be a number of seconds, 0 or more");
        }
        return Duration.ofNanos(Math.round(seconds * 1e9));
    }
}
