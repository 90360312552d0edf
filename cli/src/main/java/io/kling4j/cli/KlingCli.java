package io.kling4j.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code kling} command: generate Kling videos through RunAPI, or through the embedded sandbox. */
@Command(name = "kling", mixinStandardHelpOptions = true, versionProvider = KlingCli.Version.class,
        description = {"Generate videos with Kuaishou's Kling models through RunAPI.",
                "Without RUNAPI_API_KEY every command runs against an embedded sandbox on loopback."},
        subcommands = {TextToVideoCommand.class, ImageToVideoCommand.class, EditCommand.class, ExtendCommand.class,
                AvatarCommand.class, MotionControlCommand.class, StatusCommand.class, WaitCommand.class,
                DownloadCommand.class, StoryCommand.class, QuoteCommand.class, BalanceCommand.class, ModelsCommand.class,
                McpCommand.class, SandboxCommand.class,
                CompletionCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 other error, 2 authentication, 3 insufficient credits,",
                "4 invalid input or not found, 5 timeout/network/download, 6 rate limited, 7 task failed.",
                "Environment: RUNAPI_API_KEY (bearer key), RUNAPI_BASE_URL (default https://runapi.ai).",
                "", "Examples:", "  kling text-to-video --prompt \"A red fox in the snow\" -o fox.mp4",
                "  kling models", "  kling balance --json", "  source <(kling completion bash)"})
public final class KlingCli {
    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of errors.")
    boolean verbose;

    final Map<String, String> env;
    final PrintStream out;
    final PrintStream err;
    /** Set under {@code kling quote}: task commands and {@code story} print their price and submit nothing. */
    boolean quoteOnly;

    KlingCli(Map<String, String> env, PrintStream out, PrintStream err) {
        this.env = env;
        this.out = out;
        this.err = err;
    }

    /**
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out, System.err));
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
        return run(args, env, out, err, false);
    }

    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err, boolean quoteOnly) {
        KlingCli root = new KlingCli(env, out, err);
        root.quoteOnly = quoteOnly;
        CommandLine cli = new CommandLine(root);
        cli.getSubcommands().get("quote").setStopAtPositional(true).setUnmatchedOptionsArePositionalParams(true);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println("error: " + Errors.oneLine(e));
            if (root.verbose) {
                e.printStackTrace(err);
            }
            return ExitCodes.of(e);
        });
        cli.setParameterExceptionHandler((e, args1) -> {
            err.println("error: " + e.getMessage());
            err.println("Run '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            return ExitCodes.INVALID;
        });
        return cli.execute(args);
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
