package io.kling4j.cli;

import io.kling4j.client.Endpoint;
import java.util.concurrent.Callable;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** What status, wait and download share: a task id and the endpoint that created it. */
abstract class TaskCommand implements Callable<Integer> {
    @ParentCommand
    KlingCli root;

    @Parameters(index = "0", paramLabel = "TASK_ID", description = "The task id printed when it was submitted.")
    String taskId;

    @Option(names = "--endpoint", defaultValue = "text-to-video",
            description = "Endpoint that created the task: its command (see 'kling --help'), e.g. image-to-video,"
                    + " or its path segment, e.g. image_to_video (default ${DEFAULT-VALUE}).")
    String endpoint;

    @Option(names = "--json", description = "Print the task as JSON on stdout.")
    boolean json;

    Endpoint endpoint() {
        try {
            return Endpoint.parse(endpoint);
        } catch (IllegalArgumentException e) {
            throw CliException.invalid("--endpoint: " + Errors.clip(e.getMessage(), 200));
        }
    }
}
