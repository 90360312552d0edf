package io.kling4j.cli;

import io.kling4j.client.Endpoint;
import io.kling4j.client.KlingTask;
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
        Checks.range("--timeout", timeoutSeconds, 1, SubmitCommand.MAX_TIMEOUT_SECONDS);
        Checks.requestTimeout(root.requestTimeout);
        Endpoint endpoint = endpoint();
        if (output != null) {
            OutputProbe.check("-o", output);
        }
        try (Backend backend = Backend.open(root)) {
            Finisher finisher = new Finisher(root, backend, endpoint, taskId);
            Path target = output == null ? null : finisher.fileFor(output);
            KlingTask done = finisher.await(Duration.ofSeconds(timeoutSeconds), target);
            Path file = target == null ? null : finisher.download(done, target);
            new TaskPrinter(root.out, json).print(done, file);
            return ExitCodes.OK;
        }
    }
}
