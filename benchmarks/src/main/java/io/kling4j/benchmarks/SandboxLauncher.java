package io.kling4j.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts {@link SandboxProcess} in a child JVM on this JVM's class path and talks to it over its stdin/stdout.
 * Close it to stop the child.
 */
public final class SandboxLauncher implements AutoCloseable {
    /** The key the sandbox accepts (the public demo key, never a real one). */
    public static final String KEY = io.kling4j.sandbox.KlingSandbox.DEMO_KEY;

    private final Process process;
    private final BufferedReader out;
    private final Writer in;
    private final URI baseUri;
    private final URI cdnUri;

    private SandboxLauncher(Process process) throws IOException {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        this.baseUri = URI.create(expect("BASE_URL="));
        this.cdnUri = URI.create(expect("CDN_URL="));
    }

    /**
     * @param pending how long a task stays pending
     * @param processing how long it then stays processing
     * @return a running sandbox whose clock is frozen until {@link #startClock()}
     */
    public static SandboxLauncher start(Duration pending, Duration processing) {
        return start(pending, processing, 1.0);
    }

    /**
     * @param pending how long a task stays pending (sandbox clock time)
     * @param processing how long it then stays processing
     * @param scale sandbox clock seconds per wall second once started
     * @return a running sandbox whose clock is frozen until {@link #startClock()}
     */
    public static SandboxLauncher start(Duration pending, Duration processing, double scale) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx2g", "-D" + BenchMain.NODELAY + "=true",
                "-cp", System.getProperty("java.class.path"), SandboxProcess.class.getName(),
                Long.toString(pending.toMillis()), Long.toString(processing.toMillis()), Double.toString(scale))
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        try {
            return new SandboxLauncher(pb.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the sandbox JVM", e);
        }
    }

    /** @return the API origin */
    public URI baseUri() {
        return baseUri;
    }

    /** @return the CDN origin */
    public URI cdnUri() {
        return cdnUri;
    }

    /** Lets the sandbox's lifecycle clock run; tasks created before this all start at the same instant. */
    public void startClock() {
        command("start");
        expect("STARTED");
    }

    /** Stops the lifecycle clock at its origin again: every task created so far is pending again. */
    public void freezeClock() {
        command("freeze");
        expect("FROZEN");
    }

    /**
     * Freezes the lifecycle clock at origin + {@code offset}; tasks created next are {@code -offset} old once
     * {@link #startClock()} runs time from the origin.
     *
     * @param offset where the frozen clock stands
     */
    public void freezeAt(Duration offset) {
        command("freezeat " + offset.toMillis());
        expect("FROZEN");
    }

    /**
     * Creates tasks inside the sandbox JVM (so this JVM's threads and heap stay untouched).
     *
     * @param count how many
     * @return their ids
     */
    public List<String> createTasks(int count) {
        command("create " + count);
        List<String> ids = new ArrayList<>(count);
        try {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("ID=")) {
                    ids.add(line.substring(3));
                } else if (line.equals("CREATED")) {
                    return ids;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("sandbox JVM ended while creating tasks");
    }

    /**
     * Hits the sandbox's API requests with random faults (503, 500, 429, resets before and after the body, truncated
     * JSON) at a seeded rate.
     *
     * @param rate between 0 (off) and 1
     * @param seed the seed
     */
    public void randomFaults(double rate, long seed) {
        command("faults " + rate + " " + seed);
        expect("FAULTS");
    }

    /** @return how many tasks the sandbox holds */
    public int taskCount() {
        command("tasks");
        return Integer.parseInt(expect("TASKS="));
    }

    private void command(String line) {
        try {
            in.write(line + "\n");
            in.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String expect(String prefix) {
        try {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(prefix)) {
                    return line.substring(prefix.length()).trim();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("sandbox JVM ended before printing " + prefix);
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException ignored) {
            // the child may be gone already
        }
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroy();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
        }
    }
}
