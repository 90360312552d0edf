package io.kling4j.cli;

import io.kling4j.client.Endpoint;
import io.kling4j.client.KlingClient;
import io.kling4j.client.KlingTask;
import io.kling4j.client.PriceQuote;
import io.kling4j.client.RequestOptions;
import io.kling4j.client.errors.KlingException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * What every task-creating command shares. Nothing is paid for before every local check passed, in this order:
 * the options (ranges), the output path (probed), local files (by content and size), the whole request against the
 * spec's rules (placeholders for local files); only then are local files uploaded and the task created, with an
 * {@code Idempotency-Key} generated here when {@code --idempotency-key} is not given, so that a create that may have
 * reached the server can be recovered without paying twice ({@link CreateRecovery}). Then (unless {@code --no-wait})
 * the task is awaited and its video saved by a {@link Finisher}. With {@code --max-cost} (or under {@code kling
 * quote}) the request is priced after the rules passed and before any upload, with placeholders for local files.
 */
abstract class SubmitCommand implements Callable<Integer> {
    /** Longest {@code --timeout}: a week. */
    static final long MAX_TIMEOUT_SECONDS = 7 * 24 * 3600;

    @ParentCommand
    KlingCli root;

    @Option(names = "--callback-url", paramLabel = "URL", description = "RunAPI posts the finished task here.")
    String callbackUrl;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "MP4 to write (default: <task id>.mp4 in the current directory).")
    Path output;

    @Option(names = "--no-wait", description = "Submit only; print the task and exit (not on the embedded sandbox).")
    boolean noWait;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "900",
            description = "Give up waiting after this many seconds (default ${DEFAULT-VALUE}); the task goes on.")
    long timeoutSeconds;

    @Option(names = "--idempotency-key", paramLabel = "KEY",
            description = "Idempotency-Key of the create (default: a fresh random one, printed when a failed create"
                    + " may have reached the server).")
    String idempotencyKey;

    @Option(names = "--json", description = "Print the task as JSON on stdout (progress stays on stderr).")
    boolean json;

    @Option(names = "--max-cost", paramLabel = "USD",
            description = "Refuse (exit 4, nothing submitted) when RunAPI's price quote is above this many US dollars.")
    BigDecimal maxCost;

    /** Local files of the request: checked, then uploaded. */
    final Uploads uploads = new Uploads();

    abstract Endpoint endpoint();

    /** Checks the options that picocli cannot express; throws {@link IllegalArgumentException} (exit 4). */
    void checkOptions() {
    }

    /** Checks every local file option with {@link Uploads#check}; URLs pass. */
    void checkFiles() {
    }

    /** @return the request, with {@link Uploads#url} for every media option */
    abstract Object request();

    @Override
    public Integer call() {
        checkOptions();
        Checks.range("--timeout", timeoutSeconds, 1, MAX_TIMEOUT_SECONDS);
        Checks.requestTimeout(root.requestTimeout);
        if (idempotencyKey != null) {
            Checks.idempotencyKey(idempotencyKey);
        }
        CostLimit.checkOption("--max-cost", maxCost);
        if (!noWait && !root.quoteOnly) {
            OutputProbe.check("-o", output);
        }
        checkFiles();
        try (Backend backend = Backend.open(root)) {
            if (noWait && backend.embedded() && !root.quoteOnly) {
                throw CliException.invalid("--no-wait needs RunAPI: the embedded sandbox and its tasks end with this"
                        + " command; set RUNAPI_API_KEY, or drop --no-wait");
            }
            KlingClient client = backend.client();
            client.validate(params()); // local files as placeholders: nothing is uploaded before the rules pass
            if (quoteFirst(client)) {
                return ExitCodes.OK;
            }
            uploads.upload(client, RequestOptions.none().timeout(Backend.uploadTimeout(root.requestTimeout)), root.err);
            KlingTask task = create(backend, params());
            TaskPrinter printer = new TaskPrinter(root.out, json);
            if (noWait) {
                printer.print(task, null);
                return ExitCodes.OK;
            }
            root.err.println("Submitted " + endpoint().path() + " task " + task.id() + " to "
                    + client.baseUrl().getAuthority() + "; waiting for it...");
            Finisher finisher = new Finisher(root, backend, endpoint(), task.id());
            Path file = finisher.fileFor(output);
            KlingTask done = finisher.await(Duration.ofSeconds(timeoutSeconds), file);
            printer.print(done, finisher.download(done, file));
            return ExitCodes.OK;
        }
    }

    /**
     * Quotes the request when {@code kling quote} or {@code --max-cost} asks for it, before any upload.
     *
     * @return true when the command only quotes (the quote is printed and nothing is submitted)
     */
    /** @return the request as the client's params (its JSON, as the generated model writes it) */
    private io.kling4j.client.TaskParams params() {
        return io.kling4j.client.TaskParams.of(endpoint(), io.kling4j.generated.ApiClient.createDefaultObjectMapper()
                .convertValue(request(), new com.fasterxml.jackson.core.type.TypeReference<java.util.Map<String, Object>>() { }));
    }

    private boolean quoteFirst(KlingClient client) {
        if (!root.quoteOnly && maxCost == null) {
            return false;
        }
        PriceQuote quote = client.quote(params());
        if (root.quoteOnly) {
            CostLimit.print(root.out, quote, json);
            return true;
        }
        CostLimit.enforce("this " + endpoint().path() + " request", maxCost, quote.amountUsd(), quote.describe());
        return false;
    }

    private KlingTask create(Backend backend, io.kling4j.client.TaskParams request) {
        String key = idempotencyKey != null ? idempotencyKey : UUID.randomUUID().toString();
        RequestOptions options = RequestOptions.none().idempotencyKey(key);
        if (root.requestTimeout == null) {
            options = options.timeout(Backend.CREATE_TIMEOUT);
        }
        CreateRecovery recovery = new CreateRecovery(root, uploads.uploadedUrls(), key);
        root.interrupts.during("creating the task (it may exist)", backend.embedded() ? null : recovery.command(),
                null, null);
        try {
            return backend.client().submitAsync(request, options).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof KlingException k ? recovery.failure(k, backend.embedded()) : e;
        } finally {
            root.interrupts.clear();
        }
    }
}
