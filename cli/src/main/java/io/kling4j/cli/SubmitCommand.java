package io.kling4j.cli;

import io.kling4j.client.Endpoint;
import io.kling4j.client.KlingClient;
import io.kling4j.client.KlingTask;
import io.kling4j.client.PriceQuote;
import io.kling4j.client.RequestOptions;
import io.kling4j.client.WaitOptions;
import io.kling4j.client.internal.ClientSupport;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * What every task-creating command shares: submit, then (unless {@code --no-wait}) wait with a progress display on
 * stderr, download the MP4 and print the task on stdout. With {@code --max-cost} (or under {@code kling quote}) the
 * request is priced first, with stand-ins for local files, so nothing is uploaded or submitted above the limit.
 */
abstract class SubmitCommand implements Callable<Integer> {
    @ParentCommand
    KlingCli root;

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

    @Option(names = "--max-cost", paramLabel = "USD",
            description = "Refuse (exit 4, nothing submitted) when RunAPI's price quote is above this many US dollars.")
    BigDecimal maxCost;

    abstract Endpoint endpoint();

    /** Checks the options that picocli cannot express; throws {@link IllegalArgumentException} (exit 4). */
    void checkOptions() {
    }

    /**
     * @param media turns each media option into the URL to send (uploading local files, or stand-ins)
     * @return the generated request object of {@link #endpoint()}
     */
    abstract Object request(Media media);

    /**
     * Quotes the request when {@code kling quote} or {@code --max-cost} asks for it, before any upload.
     *
     * @return true when the command only quotes (the quote is printed and nothing is submitted)
     */
    private boolean quoteFirst(KlingClient client) {
        CostLimit.checkOption("--max-cost", maxCost);
        if (!root.quoteOnly && maxCost == null) {
            return false;
        }
        PriceQuote quote = client.quote(endpoint(), request(Media.placeholders()));
        if (root.quoteOnly) {
            CostLimit.print(root.out, quote, json);
            return true;
        }
        CostLimit.enforce("this " + endpoint().path() + " request", maxCost, quote.amountUsd(), quote.describe());
        return false;
    }

    private KlingTask submit(KlingClient client, RequestOptions options) {
        return ClientSupport.join(client.submitAsync(endpoint(), request(Media.uploading(client, root.err)), options));
    }

    @Override
    public Integer call() {
        checkOptions();
        try (Backend backend = Backend.open(root.env, root.err)) {
            KlingClient client = backend.client();
            if (quoteFirst(client)) {
                return ExitCodes.OK;
            }
            RequestOptions options = idempotencyKey == null ? RequestOptions.none()
                    : RequestOptions.none().idempotencyKey(idempotencyKey);
            KlingTask task = submit(client, options);
            TaskPrinter printer = new TaskPrinter(root.out, json);
            if (noWait) {
                printer.print(task, null);
                return ExitCodes.OK;
            }
            root.err.println("Submitted " + endpoint().path() + " task " + task.id() + "; waiting for it...");
            Progress progress = Progress.forStream(root.err);
            KlingTask done;
            try {
                done = client.waitFor(endpoint(), task.id(), WaitOptions.builder()
                        .timeout(Duration.ofSeconds(timeoutSeconds)).listener(progress).build());
            } finally {
                progress.finish();
            }
            Path file = client.download(done, output != null ? output : Path.of(done.id() + ".mp4"));
            printer.print(done, file);
            return ExitCodes.OK;
        }
    }
}
