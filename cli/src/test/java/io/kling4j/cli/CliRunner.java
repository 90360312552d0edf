package io.kling4j.cli;

import io.kling4j.sandbox.KlingSandbox;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/** Runs the CLI in-process against a sandbox given by RUNAPI_BASE_URL, capturing exit code, stdout and stderr. */
final class CliRunner {
    record Result(int code, String out, String err) {
        String taskId() {
            return out.replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1").trim();
        }
    }

    private final KlingSandbox sandbox;
    private final String key;

    CliRunner(KlingSandbox sandbox, String key) {
        this.sandbox = sandbox;
        this.key = key;
    }

    Map<String, String> env() {
        return Map.of("RUNAPI_API_KEY", key, "RUNAPI_BASE_URL", sandbox.baseUri().toString());
    }

    Result run(String... args) {
        return run(env(), args);
    }

    static Result run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = KlingCli.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static boolean isMp4(Path file) throws Exception {
        byte[] head = Arrays.copyOf(Files.readAllBytes(file), 8);
        return "ftyp".equals(new String(head, 4, 4, StandardCharsets.US_ASCII));
    }
}
