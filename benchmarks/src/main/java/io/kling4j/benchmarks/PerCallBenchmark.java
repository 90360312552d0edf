package io.kling4j.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Figure 1: the cost of one submit plus one get, for the facade, the raw JDK baseline and the Apache HttpClient 5
 * baseline, against the sandbox (in its own JVM) and against {@link StubServer} (in this JVM: its two threads'
 * allocation is the same for every variant). Sample-time mode gives p50 and p99; connections are warm after the
 * warm-up iterations.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PerCallBenchmark {
    /**
     * Which client makes the calls. {@code rawJdkScheduler} is the raw baseline on a one-thread
     * {@code ScheduledThreadPoolExecutor} (the facade's default JDK-client executor) and {@code facadeJdkExecutor}
     * the facade on a JDK client with the JDK's default executor: they separate the executor's share of the
     * difference from the facade's own code.
     */
    @Param({"facade", "facadeNoValidation", "rawJdk", "apache", "rawJdkScheduler", "facadeJdkExecutor",
        "rawJdkDirect", "facadeDirect"})
    public String variant;

    /** Which server answers: the sandbox (in its own JVM, validating) or a stub with the same responses. */
    @Param({"stub", "sandbox"})
    public String server;

    private SandboxLauncher sandbox;
    private StubServer stub;
    private CallVariant calls;

    /** Starts the sandbox JVM and the client. */
    @Setup(Level.Trial)
    public void setUp() throws Exception {
        URI base;
        if (server.equals("sandbox")) {
            sandbox = SandboxLauncher.start(Duration.ZERO, Duration.ofSeconds(5));
            sandbox.startClock();
            base = sandbox.baseUri();
        } else {
            stub = new StubServer(SandboxLauncher.KEY);
            base = stub.baseUri();
        }
        calls = switch (variant) {
            case "facade" -> new FacadeCalls(base, SandboxLauncher.KEY, true);
            case "facadeNoValidation" -> new FacadeCalls(base, SandboxLauncher.KEY, false);
            case "rawJdk" -> new RawJdkCalls(base, SandboxLauncher.KEY);
            case "rawJdkScheduler" -> new RawJdkCalls(base, SandboxLauncher.KEY, HttpClient.newBuilder()
                    .executor(new ScheduledThreadPoolExecutor(1, r -> daemon(r, "bench-scheduler"))).build());
            case "facadeJdkExecutor" -> new FacadeCalls(base, SandboxLauncher.KEY, true,
                    HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build());
            case "rawJdkDirect" -> new RawJdkCalls(base, SandboxLauncher.KEY, HttpClient.newBuilder()
                    .executor(Runnable::run).build());
            case "facadeDirect" -> new FacadeCalls(base, SandboxLauncher.KEY, true,
                    HttpClient.newBuilder().executor(Runnable::run).followRedirects(HttpClient.Redirect.NEVER).build());
            case "apache" -> new ApacheCalls(base, SandboxLauncher.KEY, 5);
            default -> throw new IllegalArgumentException(variant);
        };
    }

    /** @return the task's status, so nothing is optimised away */
    @Benchmark
    public String submitAndGet() throws Exception {
        return calls.get(calls.submit());
    }

    /**
     * The same in a JVM whose common pool has 2 threads: on a machine with 2 or fewer cores the JDK gives the common
     * pool 1 thread, and CompletableFuture then starts a new thread for every async stage (see docs/benchmarks.md).
     *
     * @return the task's status
     */
    @Benchmark
    @Fork(jvmArgsAppend = "-Djava.util.concurrent.ForkJoinPool.common.parallelism=2")
    public String submitAndGetCommonPool2() throws Exception {
        return calls.get(calls.submit());
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** Stops the client and the sandbox JVM. */
    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        calls.close();
        if (sandbox != null) {
            sandbox.close();
        }
        if (stub != null) {
            stub.close();
        }
    }
}
