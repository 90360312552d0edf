package io.kling4j.cli;

import io.kling4j.sandbox.KlingSandbox;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import io.kling4j.client.PollSchedule;
import io.kling4j.client.RetryPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Runs the CLI in-process against a sandbox given by RUNAPI_BASE_URL, capturing exit code, stdout and stderr. */
final class CliRunner implements AutoCloseable, BeforeAllCallback, AfterAllCallback {
    record Result(int code, String out, String err) {
        String taskId() {
            return out.replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1").trim();
        }
    }

    /** Polls every 20 ms and retries after 10-20 ms: no test waits seconds per poll or retry. */
    static final CliTuning FAST = new CliTuning(PollSchedule.fixed(Duration.ofMillis(20)),
            new RetryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofSeconds(1)), null);

    private KlingSandbox sandbox;
    private final String key;

    CliRunner(KlingSandbox sandbox, String key) {
        this.sandbox = sandbox;
        this.key = key;
    }

    /**
     * @return a runner (a JUnit extension: {@code @RegisterExtension static final CliRunner cli = ...}) against a
     *     sandbox with this key, started before the class's tests, whose tasks finish within a fraction of a second
     */
    static CliRunner onSandbox(String key) {
        return new CliRunner(null, key);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        sandbox = KlingSandbox.builder().apiKey(key).pendingFor(Duration.ofMillis(50))
                .processingFor(Duration.ofMillis(100)).build().start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        sandbox.close();
    }

    /** A clock that jumps a minute per reading: every wait deadline passes at once, without sleeping. */
    static java.time.Clock racingClock() {
        java.util.concurrent.atomic.AtomicLong minutes = new java.util.concurrent.atomic.AtomicLong();
        return new java.time.Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public java.time.Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public java.time.Instant instant() {
                return java.time.Instant.EPOCH.plusSeconds(60 * minutes.incrementAndGet());
            }
        };
    }

    Map<String, String> env() {
        return Map.of("RUNAPI_API_KEY", key, "RUNAPI_BASE_URL", sandbox.baseUri().toString());
    }

    Result run(String... args) {
        return run(env(), args);
    }

    static Result run(Map<String, String> env, String... args) {
        return run(FAST, env, args);
    }

    static Result run(CliTuning tuning, Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = KlingCli.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), tuning);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Splits a printed command, quoted for a POSIX shell (plain words and single quotes), into its words. */
    static List<String> shellWords(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (c == '\'') {
                int end = command.indexOf('\'', i + 1);
                word.append(command, i + 1, end);
                i = end;
                inWord = true;
            } else if (c == '\\') {
                word.append(command.charAt(++i));
                inWord = true;
            } else if (c == ' ') {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    /** @return the words of the command printed after {@code prefix} on a line of {@code text}, without "kling" */
    static String[] printedCommand(String text, String prefix) {
        String line = text.lines().filter(l -> l.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starting with '" + prefix + "' in: " + text));
        List<String> words = shellWords(line.substring(prefix.length()));
        if (!words.get(0).equals("kling")) {
            throw new AssertionError("not a kling command: " + line);
        }
        return words.subList(1, words.size()).toArray(String[]::new);
    }

    static boolean isMp4(Path file) throws Exception {
        byte[] head = Arrays.copyOf(Files.readAllBytes(file), 8);
        return "ftyp".equals(new String(head, 4, 4, StandardCharsets.US_ASCII));
    }
}
