package io.kling4j.benchmarks;

import io.kling4j.client.Endpoint;
import io.kling4j.client.KlingClient;
import io.kling4j.client.KlingTask;
import io.kling4j.client.WaitOptions;
import io.kling4j.client.TextToVideoParams;
import io.kling4j.sandbox.KlingSandbox;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;

/**
 * Figure 3: tasks of 30, 60 and 120 s (plus 0.25 to 4.75 s in steps of 0.5 s, so completions fall at every phase
 * of the poll grids), sandbox and client on one {@link ScaledClock} running {@value #SCALE}× faster than real time.
 * Every task is created while the clock stands still, then the clock starts and every wait begins. For each poll
 * policy, measures polls per task and the delay between completion and the poll that saw it, and prints the exact
 * model of the same schedule next to it. The proposed default goes through {@link ScheduleWaiter} (the facade's
 * getAsync on the same scheduler) since WaitOptions cannot express it yet.
 */
public final class PollingSuite {
    static final double SCALE = 4;
    private static final int[] DURATIONS = {30, 60, 120};
    /** Ten completion phases, 0.5 s apart: they cover the 5 s grid of the default and the 2 s grid evenly. */
    private static final long[] OFFSETS_MS = {250, 750, 1250, 1750, 2250, 2750, 3250, 3750, 4250, 4750};

    private PollingSuite() {
    }

    /** One measured wait. */
    private record Probe(int duration, String policy, long offsetMs, Instant created, CountingHttpClient http,
                         CompletableFuture<Instant> detected) {
    }

    /** A wait not started yet. */
    private record Pending(int duration, PollSchedule schedule, long offsetMs, Instant created,
                           CountingHttpClient http, Supplier<CompletableFuture<KlingTask>> start) {
    }

    /** Runs the suite and prints a Markdown table (takes about {@code 125 / SCALE} s plus set-up). */
    public static void run() throws Exception {
        ScaledClock clock = ScaledClock.frozen(SCALE);
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bench-scaled-scheduler");
            t.setDaemon(true);
            return t;
        });
        List<AutoCloseable> open = new ArrayList<>();
        List<Probe> probes = new ArrayList<>();
        List<PollSchedule> measured = List.of(PollSchedule.of("facade default (typical generation)",
                WaitOptions.defaults()), PollSchedule.fixed(Duration.ofSeconds(2)), PollSchedule.proposed());
        List<Pending> pending = new ArrayList<>();
        List<WaitOptions> options = List.of(WaitOptions.defaults(),
                WaitOptions.builder().pollInterval(Duration.ofSeconds(2)).build());
        try {
            for (int duration : DURATIONS) {
                for (long offset : OFFSETS_MS) {
                    KlingSandbox sandbox = KlingSandbox.builder().pendingFor(Duration.ZERO).clock(clock)
                            .processingFor(Duration.ofSeconds(duration).plusMillis(offset)).build().start();
                    open.add(sandbox);
                    for (int p = 0; p < measured.size(); p++) {
                        CountingHttpClient http = new CountingHttpClient(HttpClient.newHttpClient());
                        ScaledScheduler scheduler = new ScaledScheduler(timer, clock);
                        KlingClient client = KlingClient.builder().baseUrl(sandbox.baseUri()).apiKey(sandbox.apiKey())
                                .httpClient(http).clock(clock).scheduler(scheduler).build();
                        open.add(client);
                        Instant created = clock.instant(); // frozen: exactly the task's creation instant
                        String id = client.submit(TextToVideoParams.builder().model(CallVariant.MODEL)
                                .prompt(CallVariant.PROMPT).durationSeconds(5).build()).id();
                        PollSchedule schedule = measured.get(p);
                        Supplier<CompletableFuture<KlingTask>> start = p < options.size()
                                ? wait(client, id, options.get(p))
                                : () -> new ScheduleWaiter(client, scheduler, clock).waitFor(id, schedule);
                        pending.add(new Pending(duration, schedule, offset, created, http, start));
                    }
                }
            }
            clock.start();
            for (Pending w : pending) {
                probes.add(new Probe(w.duration(), w.schedule().name(), w.offsetMs(), w.created(), w.http(),
                        w.start().get().thenApply(t -> clock.instant())));
            }
            CompletableFuture.allOf(probes.stream().map(Probe::detected).toArray(CompletableFuture[]::new)).join();
        } finally {
            for (AutoCloseable c : open) {
                c.close();
            }
            timer.shutdownNow();
        }
        print(probes, measured);
    }

    private static Supplier<CompletableFuture<KlingTask>> wait(KlingClient client, String id,
            WaitOptions options) {
        return () -> client.waitForAsync(Endpoint.of("text_to_video"), id, options);
    }

    private static void print(List<Probe> probes, List<PollSchedule> measured) {
        System.out.printf("Polling efficiency (clock ×%.0f; %d phases per duration;"
                + " delay = detection − completion)%n%n", SCALE, OFFSETS_MS.length);
        System.out.println("| task | policy | polls/task measured | polls/task model | mean delay measured (s)"
                + " | mean delay model (s) |");
        System.out.println("|---|---|---|---|---|---|");
        List<PollSchedule> all = measured;
        for (int duration : DURATIONS) {
            for (PollSchedule schedule : all) {
                double polls = 0;
                double delay = 0;
                int n = 0;
                for (Probe probe : probes) {
                    if (probe.duration() == duration && probe.policy().equals(schedule.name())) {
                        polls += probe.http().gets();
                        Instant done = probe.created().plusSeconds(duration).plusMillis(probe.offsetMs());
                        delay += Duration.between(done, probe.detected().join()).toMillis() / 1000.0;
                        n++;
                    }
                }
                double modelPolls = 0;
                double modelDelay = 0;
                for (long offset : OFFSETS_MS) {
                    long[] m = schedule.model(Duration.ofSeconds(duration).plusMillis(offset));
                    modelPolls += m[0];
                    modelDelay += m[1] / 1000.0;
                }
                int k = OFFSETS_MS.length;
                System.out.printf("| %d s | %s | %s | %.2f | %s | %.2f |%n", duration, schedule.name(),
                        n == 0 ? "not measurable yet" : String.format("%.2f", polls / n), modelPolls / k,
                        n == 0 ? "–" : String.format("%.2f", delay / n), modelDelay / k);
            }
        }
    }
}
