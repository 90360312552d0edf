package io.kling4j.cli;

import picocli.CommandLine.Command;

/** {@code kling status}: one look at a task. */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Show a task's status once.",
        footer = {"", "Examples:", "  kling status task_8f2c1a --json",
                "  kling status task_8f2c1a --endpoint image-to-video"})
final class StatusCommand extends TaskCommand {
    @Override
    public Integer call() {
        try (Backend backend = Backend.open(root)) {
            new TaskPrinter(root.out, json).print(backend.client().get(endpoint(), taskId), null);
            return ExitCodes.OK;
        }
    }
}
