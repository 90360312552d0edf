package io.kling4j.cli;

import io.kling4j.sandbox.KlingSandbox;
import io.kling4j.sandbox.SandboxMain;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code kling sandbox}: runs the RunAPI-compatible sandbox standalone until Ctrl-C (or the process is killed).
 * Starts it through {@code SandboxMain.run(String[], PrintStream)} when the sandbox jar has it (which also takes
 * {@code --time-scale}); otherwise starts a {@link KlingSandbox} itself and prints the same {@code NAME=value} lines.
 */
@Command(name = "sandbox", mixinStandardHelpOptions = true,
        description = {"Run the embedded RunAPI-compatible sandbox on 127.0.0.1 until Ctrl-C.",
                "Prints RUNAPI_BASE_URL and the demo RUNAPI_API_KEY to point any client at it."},
        footer = {"", "Examples:", "  kling sandbox --port 8089",
                "  eval \"$(kling sandbox --port 8089 | grep RUNAPI_ &)\"   # then, in another shell:",
                "  RUNAPI_BASE_URL=http://127.0.0.1:8089 RUNAPI_API_KEY=... kling text-to-video --prompt \"A fox\""})
final class SandboxCommand implements Callable<Integer> {
    @ParentCommand
    KlingCli root;

    @Option(names = "--port", defaultValue = "8089", description = "Port on 127.0.0.1; 0 picks a free one (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--time-scale", paramLabel = "X",
            description = "Speed of the simulated task lifecycle, when the installed sandbox supports it.")
    Double timeScale;

    /** For tests: start, print, stop at once instead of waiting for Ctrl-C. */
    @Option(names = "--exit-after-start", hidden = true)
    boolean exitAfterStart;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be between 0 and 65535 (was " + port + ")");
        }
        Method run = sandboxMainRun();
        KlingSandbox sandbox = run != null ? startThroughSandboxMain(run) : startOwn();
        if (sandbox == null) {
            return ExitCodes.OK; // SandboxMain printed its usage
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }, "kling-sandbox-shutdown");
        if (exitAfterStart) {
            hook.run();
            return ExitCodes.OK;
        }
        Runtime.getRuntime().addShutdownHook(hook);
        stopped.await();
        return ExitCodes.OK;
    }

    private KlingSandbox startThroughSandboxMain(Method run) throws Exception {
        List<String> args = new ArrayList<>(List.of("--port", Integer.toString(port)));
        if (timeScale != null) {
            args.addAll(List.of("--time-scale", timeScale.toString()));
        }
        try {
            return (KlingSandbox) run.invoke(null, args.toArray(String[]::new), root.out);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private KlingSandbox startOwn() {
        if (timeScale != null) {
            root.err.println("note: this sandbox build has no --time-scale; running at normal speed");
        }
        KlingSandbox sandbox = KlingSandbox.builder().port(port).build().start();
        root.out.println("Kling sandbox running (videos at " + sandbox.cdnUri() + "). Stop it with Ctrl-C.");
        root.out.println("RUNAPI_BASE_URL=" + sandbox.baseUri());
        root.out.println("RUNAPI_API_KEY=" + KlingSandbox.DEMO_KEY);
        root.out.println("Put [fail] in a prompt to see a failed task.");
        root.out.flush();
        return sandbox;
    }

    private static Method sandboxMainRun() {
        try {
            Method run = SandboxMain.class.getMethod("run", String[].class, PrintStream.class);
            return KlingSandbox.class.isAssignableFrom(run.getReturnType()) ? run : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }
}
