package io.kling4j.sandbox;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a {@link KlingSandbox} from the command line until the process is killed:
 * {@code java -cp ... io.kling4j.sandbox.SandboxMain [--port N]} (default port {@value #DEFAULT_PORT}). Prints the
 * base URL and the demo key on stdout, one {@code NAME=value} line each, so scripts can read them.
 */
public final class SandboxMain {
    /** Port used when {@code --port} is not given. */
    public static final int DEFAULT_PORT = 8089;

    private SandboxMain() {
    }

    /**
     * @param args {@code --port N}, or {@code --help}
     * @throws InterruptedException when the waiting main thread is interrupted
     */
    public static void main(String[] args) throws InterruptedException {
        if (args.length == 1 && ("--help".equals(args[0]) || "-h".equals(args[0]))) {
            usage(System.out, null);
            return;
        }
        Integer port = parsePort(args, System.err);
        if (port == null) {
            System.exit(2);
            return;
        }
        KlingSandbox sandbox = KlingSandbox.builder().port(port).build().start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }, "kling-sandbox-shutdown"));
        System.out.println("Kling sandbox running (videos at " + sandbox.cdnUri() + "). Stop it with Ctrl-C.");
        System.out.println("RUNAPI_BASE_URL=" + sandbox.baseUri());
        System.out.println("RUNAPI_API_KEY=" + KlingSandbox.DEMO_KEY);
        System.out.println("Put [fail] in a prompt to see a failed task.");
        System.out.flush();
        stopped.await();
    }

    /** @return the port to use, or {@code null} after printing the problem and the usage to {@code err} */
    static Integer parsePort(String[] args, PrintStream err) {
        int port = DEFAULT_PORT;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            try {
                if ("--port".equals(arg) && i + 1 < args.length) {
                    port = Integer.parseInt(args[++i]);
                } else if (arg.startsWith("--port=")) {
                    port = Integer.parseInt(arg.substring("--port=".length()));
                } else {
                    return usage(err, "unknown argument: " + arg);
                }
            } catch (NumberFormatException e) {
                return usage(err, "--port needs a number");
            }
            if (port < 0 || port > 65535) {
                return usage(err, "--port must be between 0 and 65535");
            }
        }
        return port;
    }

    private static Integer usage(PrintStream out, String problem) {
        if (problem != null) {
            out.println("error: " + problem);
        }
        out.println("usage: SandboxMain [--port N]   (default " + DEFAULT_PORT + "; 0 picks a free port)");
        return null;
    }
}
