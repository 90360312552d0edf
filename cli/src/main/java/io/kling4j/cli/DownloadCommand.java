package io.kling4j.cli;

import io.kling4j.client.Endpoint;
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
        Checks.requestTimeout(root.requestTimeout);
        Endpoint endpoint = endpoint();
        OutputProbe.check("-o", output);
        try (Backend backend = Backend.open(root)) {
            KlingTask task = backend.client().get(endpoint, taskId);
            if (task.isFailed()) {
                throw new TaskFailedException(task);
            }
            if (!task.isCompleted()) {
                throw new IllegalArgumentException("task " + taskId + " is " + task.status()
                        + ", not completed; run 'kling wait " + taskId + " --endpoint " + Finisher.cliName(endpoint)
                        + "' first");
            }
            Finisher finisher = new Finisher(root, backend, endpoint, taskId);
            Path file = finisher.download(task, finisher.fileFor(output));
            new TaskPrinter(root.out, json).print(task, file);
            return ExitCodes.OK;
        }
    }
}
