package io.kling4j.cli;

import io.kling4j.client.KlingClient;
import io.kling4j.client.KlingTask;
import io.kling4j.client.errors.TaskFailedException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kling download}: save a completed task's video. */
@Command(name = "download", mixinStandardHelpOptions = true, description = "Save a completed task's MP4.",
        footer = {"", "Examples:", "  kling download task_8f2c1a -o fox.mp4", "  kling download task_8f2c1a -o videos/"})
final class DownloadCommand extends TaskCommand {
    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "File or existing directory (default: <task id>.mp4 in the current directory).")
    Path output;

    @Override
    public Integer call() {
        try (Backend backend = Backend.open(root.env, root.err)) {
            KlingClient client = backend.client();
            KlingTask task = client.get(endpoint(), taskId);
            if (task.isFailed()) {
                throw new TaskFailedException(task);
            }
            if (!task.isCompleted()) {
                throw new IllegalArgumentException("task " + taskId + " is " + task.status()
                        + ", not completed; run 'kling wait " + taskId + "' first");
            }
            Path file = client.download(task, output != null ? output : Path.of("."));
            new TaskPrinter(root.out, json).print(task, file);
            return ExitCodes.OK;
        }
    }
}
