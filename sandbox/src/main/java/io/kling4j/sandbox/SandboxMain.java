package io.kling4j.sandbox;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a {@link KlingSandbox} from the command line until the process is killed:
 * {@code java -cp ... io.kling4j.sandbox.SandboxMain [--port N] [--time-scale X] [--pending S] [--processing S]}
 * (port default {@value #DEFAULT_PORT}, 0 for a free one; time scale default 1, e.g. 60 makes a 60 s task last
 * 1 s; {@code --pending} default 1 and {@code --processing} default 3 seconds of sandbox time). Prints the base
 * URL and the demo key on stdout, one {@code NAME=value} line each, so scripts can read them.
 */
public final class SandboxMain {
    /** Port used when {@code --port} is not given. */
    public static final int DEFAULT_PORT = 8089;

    private SandboxMain() {
    }

    /**
     * @param args see the class comment, or {@code --help}
     * @throws InterruptedException when the waiting main thread is interrupted
     */
    public static void main(String[] args) throws InterruptedException {
        KlingSandbox sandbox;
        try {
            sandbox = run(args, System.out);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println(SandboxOptions.USAGE);
            System.exit(2);
            return;
        }
        if (sandbox == null) {
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }, "kling-sandbox-shutdown"));
        stopped.await();
    }

    /**
     * Parses the options, starts a sandbox and prints where it is; the caller owns (and closes) the sandbox. This
     * is what {@code kling sandbox} runs.
     *
     * @param args {@code --port N}, {@code --time-scale X}, {@code --pending S}, {@code --processing S}
     *             ({@code --name=value} works too), or {@code --help}
     * @param out  where the banner (or the usage, for {@code --help}) goes
     * @return the started sandbox, or {@code null} after printing the usage for {@code --help}
     * @throws IllegalArgumentException for an unknown argument or a bad value (the message names it)
     * @throws java.io.UncheckedIOException when the port cannot be bound
     */
    public static KlingSandbox run(String[] args, PrintStream out) {
        SandboxOptions options = SandboxOptions.parse(args);
        if (options.help()) {
            out.println(SandboxOptions.USAGE);
            return null;
        }
        KlingSandbox sandbox = KlingSandbox.builder()
                .port(options.port())
                .timeScale(options.timeScale())
                .pendingFor(options.pending())
                .processingFor(options.processing())
                .build().start();
        out.println("Kling sandbox running (videos at " + sandbox.cdnUri() + "). Stop it with Ctrl-C.");
        if (options.timeScale() != 1) {
            out.println("Time runs " + options.timeScale() + "x as fast as the wall clock.");
        }
        out.println("RUNAPI_BASE_URL=" + sandbox.baseUri());
        out.println("RUNAPI_API_KEY=" + KlingSandbox.DEMO_KEY);
        out.println("Put [fail] in a prompt to see a failed task.");
        out.flush();
        return sandbox;
    }
}
