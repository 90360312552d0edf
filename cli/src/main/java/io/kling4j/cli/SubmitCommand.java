package io.kling4j.cli;

import io.kling4j.client.Endpoint;
import io.kling4j.client.KlingClient;
import io.kling4j.client.KlingTask;
import io.kling4j.client.PriceQuote;
import io.kling4j.client.RequestOptions;
import io.kling4j.client.errors.KlingException;
import io.kling4j.client.TaskParams;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * A task command: one per task endpoint of the spec, its options built at start-up from the {@link CliModel}
 * ({@link TaskOptions}: one per request field) on top of the options below, which every task command shares. Nothing is paid for before every local check passed, in this order:
 * the options (ranges), the output path (probed), local files (by content and size), the whole request against the
 * spec's rules (placeholders for local files); only then are local files uploaded and the task created, with an
 * {@code Idempotency-Key} generated here when {@code --idempotency-key} is not given, so that a create that may have
 * reached the server can be recovered without paying twice ({@link CreateRecovery}). Then (unless {@code --no-wait})
 * the task is awaited and its video saved by a {@link Finisher}. With {@code --max-cost} (or under {@code kling
 * quote}) the request is priced after the rules passed and before any upload, with placeholders for local files.
 */
@Command(mixinStandardHelpOptions = true)
final class SubmitCommand implements Callable<Integer> {
    /** Longest {@code --timeout}: a week. */
    static final long MAX_TIMEOUT_SECONDS = 7 * 24 * 3600;

    @ParentCommand
    KlingCli root;

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

    private final CliModel.Command command;
    private final TaskOptions options;
    private OptionSpec storyboard;
    private Storyboard board;

    private SubmitCommand(CliModel.Command command) {
        this.command = command;
        this.options = new TaskOptions(command);
    }

    /**
     * @param command a task command of the spec
     * @return its command line: the shared options, one per request field, help and examples from the spec
     */
    static CommandLine commandLine(CliModel.Command command) {
        SubmitCommand submit = new SubmitCommand(command);
        CommandSpec spec = CommandSpec.forAnnotatedObject(submit);
        spec.name(command.name()).aliases(command.aliases().toArray(String[]::new));
        submit.options.addTo(spec);
        if (command.storyboard()) {
            submit.storyboard = OptionSpec.builder("--storyboard").paramLabel("FILE").type(Path.class)
                    .description("YAML or JSON storyboard: a multi-shot video, one prompt per shot (see below).").build();
            spec.addOption(submit.storyboard);
        }
        List<String> footer = new ArrayList<>(List.of("", "Examples:"));
        command.examples().forEach(line -> footer.add("  " + line));
        if (!command.footer().isEmpty()) {
            footer.add("");
            footer.addAll(command.footer());
        }
        spec.usageMessage().abbreviateSynopsis(true) // "[OPTIONS]": a field's long option never overflows the synopsis
                .description(command.description().toArray(String[]::new))
                .footer(footer.toArray(String[]::new));
        return new CommandLine(spec);
    }

    /** @return the option shown for each wire field in messages */
    Map<String, String> labels() {
        return command.labels();
    }

    Endpoint endpoint() {
        return Endpoint.of(command.segment());
    }

    /** Checks the options that picocli cannot express; throws {@link IllegalArgumentException} (exit 4). */
    private void checkOptions() {
        Object model = options.given("model");
        if (model == null && command.option("model") != null) {
            model = command.option("model").cliDefault();
        }
        if (storyboard != null && storyboard.getValue() != null) {
            board = Storyboard.read(storyboard.getValue());
            model = board.model() != null ? board.model() : model;
        }
        options.checkExactlyOne(model);
        options.givenFields(uploads); // JSON values parse, before anything is opened
    }

    /** @return the request's wire fields, with {@link Uploads#url} for every local file */
    private Map<String, Object> request() {
        Map<String, Object> fields = options.givenFields(uploads);
        if (board != null) {
            board.applyTo(fields);
        }
        options.applyDefaults(fields);
        return fields;
    }

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
        options.checkFiles(uploads);
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

    /** @return the request as the client's params */
    private TaskParams params() {
        return TaskParams.of(endpoint(), request());
    }

    /**
     * Quotes the request when {@code kling quote} or {@code --max-cost} asks for it, before any upload.
     *
     * @return true when the command only quotes (the quote is printed and nothing is submitted)
     */
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

    private KlingTask create(Backend backend, TaskParams request) {
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
