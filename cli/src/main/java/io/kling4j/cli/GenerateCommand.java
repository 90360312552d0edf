package io.kling4j.cli;

import io.kling4j.client.Endpoint;
import io.kling4j.client.KlingClient;
import io.kling4j.client.KlingTask;
import io.kling4j.client.RequestOptions;
import io.kling4j.client.WaitOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** What text-to-video and image-to-video share: submit, wait with progress, download, print. */
abstract class GenerateCommand implements Callable<Integer> {
    @ParentCommand
    KlingCli root;

    @Option(names = "--prompt", required = true, description = "What the video shows (1-2500 characters).")
    String prompt;

    @Option(names = "--duration", paramLabel = "SECONDS", description = "Length in seconds (model-dependent).")
    Integer duration;

    @Option(names = "--aspect-ratio", paramLabel = "RATIO", description = "16:9, 9:16 or 1:1.")
    String aspectRatio;

    @Option(names = "--resolution", paramLabel = "RES", description = "720p, 1080p or 4k (model-dependent).")
    String resolution;

    @Option(names = "--mode", description = "std or pro (models that take a mode).")
    String mode;

    @Option(names = "--sound", description = "Generate native audio (costs more).")
    Boolean sound;

    @Option(names = "--negative-prompt", paramLabel = "TEXT", description = "What the video should avoid.")
    String negativePrompt;

    @Option(names = "--callback-url", paramLabel = "URL", description = "RunAPI posts the finished task here.")
    String callbackUrl;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "MP4 to write (default: <task id>.mp4 in the current directory).")
    Path output;

    @Option(names = "--no-wait", description = "Submit only; print the task and exit.")
    boolean noWait;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "900",
            description = "Give up waiting after this many seconds (default ${DEFAULT-VALUE}); the task goes on.")
    long timeoutSeconds;

    @Option(names = "--idempotency-key", paramLabel = "KEY",
            description = "Your own Idempotency-Key (default: a fresh random one).")
    String idempotencyKey;

    @Option(names = "--json", description = "Print the task as JSON on stdout (progress stays on stderr).")
    boolean json;

    abstract Endpoint endpoint();

    abstract KlingTask submit(KlingClient client, RequestOptions options);

    @Override
    public Integer call() {
        try (Backend backend = Backend.open(root.env, root.err)) {
            KlingClient client = backend.client();
            RequestOptions options = idempotencyKey == null ? RequestOptions.none()
                    : RequestOptions.none().idempotencyKey(idempotencyKey);
            KlingTask task = submit(client, options);
            TaskPrinter printer = new TaskPrinter(root.out, json);
            if (noWait) {
                printer.print(task, null);
                return ExitCodes.OK;
            }
            root.err.println("Submitted " + endpoint().path() + " task " + task.id() + "; waiting for it...");
            KlingTask done = client.waitFor(endpoint(), task.id(), WaitOptions.builder()
                    .timeout(Duration.ofSeconds(timeoutSeconds)).listener(new Progress(root.err)).build());
            Path file = client.download(done, output != null ? output : Path.of(done.id() + ".mp4"));
            printer.print(done, file);
            return ExitCodes.OK;
        }
    }
}
