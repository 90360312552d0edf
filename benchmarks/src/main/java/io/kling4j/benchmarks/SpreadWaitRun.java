package io.kling4j.benchmarks;

import io.kling4j.client.Endpoint;
import io.kling4j.client.KlingClient;
import io.kling4j.client.KlingClientBuilder;
import io.kling4j.client.WaitOptions;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Issue 14 item 5: {@code n} concurrent waits (default 100,000) on tasks of 30–120 s (uniform, seeded, whole
 * seconds) against the sandbox in a JVM of its own, both sides on one accelerated clock ({@code scale} clock seconds
 * per wall second, default 4). Every sandbox task lives 120 s; a task meant to take T s is created while the
 * sandbox clock is frozen at T − 120 s, so it finishes T s after the waits start. The client gets a
 * {@link ScaledClock} and a {@link ScaledScheduler} with the same scale, so its deadlines and poll delays run on
 * the same accelerated time; its JDK HTTP client is built as the client's own (inline executor: the JDK's steps
 * run on its selector thread) and counts the polls. Heap is measured after a full GC at clock 25 s (every wait
 * in flight, none can have finished); {@code -Dbench.histogram=true} prints the top of a class histogram there.
 * Prints one {@code RESULT} line and the thread names at the peak.
 *
 * <p>Usage: {@code java -Xmx512m -cp benchmarks.jar io.kling4j.benchmarks.SpreadWaitRun [n] [scale] [seed]};
 * {@code benchmarks/spread-waits.sh} runs it for 1, 2 and all CPUs with only the measured part under the build lock.
 */
public final class SpreadWaitRun {
    private static final int LIFETIME_S = 120;
    private static final int MIN_S = 30;

    private SpreadWaitRun() {
    }

    /** @param args n, clock scale, seed */
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        double scale = args.length > 1 ? Double.parseDouble(args[1]) : 4.0;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 14L;
        int[] perSecond = new int[LIFETIME_S - MIN_S + 1];
        Random random = new Random(seed);
        for (int i = 0; i < n; i++) {
            perSecond[random.nextInt(perSecond.length)]++;
        }
        long created0 = System.nanoTime();
        try (SandboxLauncher sandbox = SandboxLauncher.start(Duration.ofSeconds(1),
                Duration.ofSeconds(LIFETIME_S - 1), scale);
             ResourceSampler sampler = new ResourceSampler()) {
            List<String> ids = new ArrayList<>(n);
            int[] taskSeconds = new int[n];
            for (int b = 0; b < perSecond.length; b++) {
                sandbox.freezeAt(Duration.ofSeconds(MIN_S + b - LIFETIME_S));
                for (String id : sandbox.createTasks(perSecond[b])) {
                    taskSeconds[ids.size()] = MIN_S + b;
                    ids.add(id);
                }
            }
            long createMs = (System.nanoTime() - created0) / 1_000_000;
            awaitGoFile();
            long[] lateMs = new long[n];
            AtomicInteger failures = new AtomicInteger();
            AtomicInteger done = new AtomicInteger();
            ScaledClock clock = ScaledClock.frozen(scale);
            ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
                Thread t = new Thread(r, "bench-scaled-scheduler");
                t.setDaemon(true);
                return t;
            });
            timer.setRemoveOnCancelPolicy(true);
            CountingHttpClient http = new CountingHttpClient(HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER)
                    .executor(io.kling4j.client.internal.ClientSupport.onSelectorThread()).build());
            long heap0 = sampler.heapAfterGc();
            int threads0 = sampler.liveThreads();
            sampler.reset();
            long heapMid;
            long wallNanos;
            int ioThreads = Integer.getInteger("kling4j.ioThreads", KlingClientBuilder.DEFAULT_IO_THREADS);
            try (KlingClient client = KlingClient.builder().baseUrl(sandbox.baseUri()).apiKey(SandboxLauncher.KEY)
                    .httpClient(http).clock(clock).scheduler(new ScaledScheduler(timer, clock))
                    .ioThreads(ioThreads).build()) {
                sandbox.startClock();
                clock.start();
                Instant start = clock.instant();
                long t0 = System.nanoTime();
                List<CompletableFuture<?>> waits = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    int k = i;
                    Instant end = start.plusSeconds(taskSeconds[i]);
                    waits.add(client.waitForAsync(Endpoint.of("text_to_video"), ids.get(i), WaitOptions.defaults())
                            .whenComplete((task, error) -> {
                                if (error != null) {
                                    failures.incrementAndGet();
                                } else {
                                    lateMs[k] = Duration.between(end, clock.instant()).toMillis();
                                    done.incrementAndGet();
                                }
                            }));
                }
                long left = clock.toWall(Duration.ofSeconds(25)).toNanos() - (System.nanoTime() - t0);
                if (left > 0) {
                    Thread.sleep(left / 1_000_000); // a measurement point, not synchronisation
                }
                heapMid = sampler.heapAfterGc();
                if (Boolean.getBoolean("bench.histogram")) {
                    printHistogram();
                }
                CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new)).handle((v, e) -> v).join();
                wallNanos = System.nanoTime() - t0;
            }
            timer.shutdownNow();
            double schedulePolls = 0;
            for (int s : taskSeconds) {
                schedulePolls += schedulePolls(s);
            }
            long[] late = Arrays.stream(lateMs).sorted().toArray();
            System.out.printf("RESULT n=%d scale=%.1f ioThreads=%d cpus=%d createMs=%d wallMs=%d completed=%d"
                            + " failures=%d threadsBefore=%d addedThreads=%d retainedBytesPerWait=%d"
                            + " peakHeapGrowthMiB=%.1f pollsPerTask=%.2f schedulePollsPerTask=%.2f"
                            + " lateClockMs p50=%d p99=%d max=%d%n",
                    n, scale, ioThreads, Runtime.getRuntime().availableProcessors(), createMs,
                    wallNanos / 1_000_000, done.get(), failures.get(), threads0,
                    sampler.jvmPeakThreads() - threads0, (heapMid - heap0) / n,
                    (sampler.peakHeap() - heap0) / 1048576.0, http.gets() / (double) n, schedulePolls / n,
                    late[n / 2], late[(int) (n * 0.99)], late[n - 1]);
            System.out.println("THREADS-AT-PEAK " + sampler.namesAtPeak());
        }
    }

    /** @return how many polls the default schedule makes for a task of {@code seconds}, answers taking no time */
    static int schedulePolls(int seconds) {
        WaitOptions options = WaitOptions.defaults();
        Duration t = Duration.ZERO;
        int polls = 1;
        while (t.toSeconds() < seconds) {
            t = t.plus(options.pollDelay(polls - 1, t));
            polls++;
        }
        return polls;
    }

    /**
     * With {@code -Dbench.goFile=PATH}, prints {@code READY} and waits until that file exists: the untimed task
     * creation runs outside the Maven lock, the measured part inside it ({@code flock LOCK touch PATH ...}).
     */
    private static void awaitGoFile() throws InterruptedException {
        String go = System.getProperty("bench.goFile");
        if (go == null) {
            return;
        }
        System.out.println("READY");
        System.out.flush();
        while (!java.nio.file.Files.exists(Path.of(go))) {
            Thread.sleep(200); // waiting for the operator's signal, not synchronisation of the measured code
        }
    }

    private static void printHistogram() throws Exception {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        Process p = new ProcessBuilder(jcmd, Long.toString(ProcessHandle.current().pid()), "GC.class_histogram")
                .redirectErrorStream(true).start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            int shown = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (shown++ < 30) {
                    System.out.println("HISTO " + line);
                }
            }
        }
        p.waitFor();
    }
}
