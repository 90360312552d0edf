package io.kling4j.cli;

import io.kling4j.client.KlingClient;
import io.kling4j.client.KlingTask;
import io.kling4j.client.WaitOptions;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kling wait}: wait for a task submitted earlier, optionally saving its video. */
@Command(name = "wait", mixinStandardHelpOptions = true,
        description = "Wait until a task finishes, showing progress; with -o, save its video.",
        footer = {"", "Examples:", "  kling wait task_8f2c1a", "  kling wait task_8f2c1a --timeout 300 -o out.mp4"})
final class WaitCommand extends TaskCommand {
    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "900",
            description = "Give up after this many seconds (default ${DEFAULT-VALUE}); the task goes on.")
    long timeoutSeconds;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Also save the video here.")
    Path output;

    @Override
    public Integer call() {
        try (Backend backend = Backend.open(root.env, root.err)) {
            KlingClient client = backend.client();
            Progress progress = Progress.forStream(root.err);
            KlingTask done;
            try {
                done = client.waitFor(endpoint(), taskId, WaitOptions.builder()
                        .timeout(Duration.ofSeconds(timeoutSeconds)).listener(progress).build());
            } finally {
                progress.finish();
            }
            Path file = output == null ? null : client.download(done, output);
            new TaskPrinter(root.out, json).print(done, file);
            return ExitCodes.OK;
        }
    }
}
