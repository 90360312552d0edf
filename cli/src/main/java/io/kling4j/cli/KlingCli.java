package io.kling4j.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The {@code kling} command: generate Kling videos through RunAPI, or through the embedded sandbox. The task
 * commands come from the spec ({@link CliModel}, one {@link SubmitCommand} each); the others are classes.
 */
@Command(name = "kling", mixinStandardHelpOptions = true, versionProvider = KlingCli.Version.class,
        description = {"Generate videos with Kuaishou's Kling models through RunAPI.",
                "Without RUNAPI_API_KEY every command runs against an embedded sandbox on loopback."},
        footer = {"", "Exit codes: 0 ok, 1 other error, 2 authentication, 3 insufficient credits,",
                "4 invalid input or not found, 5 timeout/network/server/download, 6 rate limited,",
                "7 task failed, 130 interrupted (Ctrl-C; the command that finishes the job is printed).",
                "Environment: RUNAPI_API_KEY (bearer key), RUNAPI_BASE_URL (default https://runapi.ai).",
                "", "Examples:", "  kling text-to-video --prompt \"A red fox in the snow\" -o fox.mp4",
                "  kling models", "  kling balance --json", "  source <(kling completion bash)"})
public final class KlingCli {
    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of errors.")
    boolean verbose;

    @Option(names = "--request-timeout", scope = CommandLine.ScopeType.INHERIT, paramLabel = "SECONDS",
            description = "Time allowed per HTTP request until its answer starts (default: 30 for a create, "
                    + "120 for an upload, 15 for a status poll).")
    Integer requestTimeout;

    final Map<String, String> env;
    final PrintStream out;
    final PrintStream err;
    /** Set under {@code kling quote}: task commands and {@code story} print their price and submit nothing. */
    boolean quoteOnly;
    final Interrupts interrupts = new Interrupts();
    CliTuning tuning = CliTuning.DEFAULT;
    List<String> args = List.of();
    /** The task commands: the bundled spec's unless a test gives its own. */
    final CliModel model;

    KlingCli(Map<String, String> env, PrintStream out, PrintStream err) {
        this(env, out, err, CliModel.bundled());
    }

    KlingCli(Map<String, String> env, PrintStream out, PrintStream err, CliModel model) {
        this.env = env;
        this.out = out;
        this.err = err;
        this.model = model;
    }

    /**
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        KlingCli root = new KlingCli(System.getenv(), System.out, System.err);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (root.interrupts.report(System.err)) {
                Runtime.getRuntime().halt(Interrupts.EXIT_CODE); // Ctrl-C while paid work was under way
            }
        }, "kling-interrupt"));
        int code = root.execute(args);
        root.interrupts.clear();
        System.exit(code);
    }

    /**
     * Runs the CLI in-process (tests, embedding).
     *
     * @param args arguments
     * @param env environment variables
     * @param out standard output
     * @param err standard error
     * @return the exit code
     */
    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        return run(args, env, out, err, CliTuning.DEFAULT);
    }

    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err, CliTuning tuning) {
        return run(args, env, out, err, tuning, CliModel.bundled());
    }

    /** Runs the CLI with the task commands of another spec ({@link CliModel#fromYaml}): tests of the spec flow. */
    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err, CliTuning tuning,
            CliModel model) {
        KlingCli root = new KlingCli(env, out, err, model);
        root.tuning = tuning;
        return root.execute(args);
    }

    /** {@code kling quote}: runs the task command in {@code args} under this CLI's settings, pricing it only. */
    int executeQuoteOnly(String[] arguments) {
        KlingCli sub = new KlingCli(env, out, err, model);
        sub.quoteOnly = true;
        sub.tuning = tuning;
        sub.requestTimeout = requestTimeout;
        return sub.execute(arguments);
    }

    int execute(String[] arguments) {
        KlingCli root = this;
        this.args = List.of(arguments);
        CommandLine cli = commandLine();
        cli.getSubcommands().get("quote").setStopAtPositional(true).setUnmatchedOptionsArePositionalParams(true);
        cli.setErr(new PrintWriter(err, true));
        Terminal.applyHelpWidth(cli, env, out);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            Map<String, String> labels = commandLine.getCommand() instanceof SubmitCommand submit ? submit.labels() : Map.of();
            err.println("error: " + Errors.oneLine(e, root.verbose, labels));
            if (e instanceof CliException c && c.next() != null) {
                err.println(c.next());
            }
            if (root.verbose) {
                e.printStackTrace(err);
            }
            return ExitCodes.of(e);
        });
        cli.setParameterExceptionHandler((e, args1) -> {
            err.println("error: " + Errors.clip(Errors.humane(String.valueOf(e.getMessage())), 240));
            err.println("Run '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            return ExitCodes.INVALID;
        });
        return cli.execute(arguments);
    }

    /**
     * The command tree: the spec's task commands first, then the others. Only the commands named in the arguments
     * (and all of them for {@code completion}) get their options: the others are listed in help by name and
     * description only, which keeps {@code kling --help} fast (each full command costs picocli's reflection or
     * twenty option specs; see docs/cli.md).
     */
    private CommandLine commandLine() {
        CommandLine cli = new CommandLine(this);
        boolean all = args.contains("completion");
        for (CliModel.Command command : model.commands()) {
            boolean named = all || args.contains(command.name()) || command.aliases().stream().anyMatch(args::contains);
            cli.addSubcommand(command.name(), named ? SubmitCommand.commandLine(command)
                    : listed(command.name(), command.description().toArray(String[]::new)),
                    command.aliases().toArray(String[]::new));
        }
        for (Class<?> command : List.of(StatusCommand.class, WaitCommand.class, DownloadCommand.class,
                StoryCommand.class, QuoteCommand.class, BalanceCommand.class, ModelsCommand.class, McpCommand.class,
                SandboxCommand.class, CompletionCommand.class)) {
            Command about = command.getAnnotation(Command.class);
            boolean named = all || args.contains(about.name());
            cli.addSubcommand(about.name(), named ? command : listed(about.name(), about.description()));
        }
        cli.addSubcommand(CommandLine.HelpCommand.class);
        return cli;
    }

    /** A command as help lists it: its name and description, no options (it is not the one that runs). */
    private static CommandLine listed(String name, String[] description) {
        CommandSpec spec = CommandSpec.create().name(name);
        spec.usageMessage().description(description);
        return new CommandLine(spec);
    }

    /** Reports the CLI's version from its jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = KlingCli.class.getPackage().getImplementationVersion();
            return new String[] {"kling4j " + (v == null ? "dev" : v)};
        }
    }
}
