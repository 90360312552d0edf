package io.kling4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kling4j.client.Endpoint;
import io.kling4j.client.KlingTask;
import io.kling4j.generated.model.TaskResponse;
import io.kling4j.client.TaskStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The two progress displays: plain lines for logs, one redrawn line for terminals. */
class ProgressTest {
    private static KlingTask task(TaskStatus status) {
        return KlingTask.fromJson(Endpoint.of("text_to_video"), "{\"id\":\"task_1\",\"status\":\"" + status + "\"}");
    }

    @Test
    void plainModePrintsOneLinePerUpdate() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress progress = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), false, null);
        progress.onUpdate(task(TaskStatus.PENDING), Duration.ofMillis(500));
        progress.onUpdate(task(TaskStatus.COMPLETED), Duration.ofMillis(4000));
        progress.finish();
        assertEquals("[   0.5s] task_1 pending\n[   4.0s] task_1 completed\n",
                bytes.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"));
    }

    @Test
    void liveModeRedrawsOneLineWithABarAndEndsIt() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress progress = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), true, null);
        progress.onUpdate(task(TaskStatus.PROCESSING), Duration.ofMillis(2500));
        progress.onUpdate(task(TaskStatus.COMPLETED), Duration.ofMillis(6000));
        progress.finish();
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertEquals("\r[#############.......]    2.5s task_1 processing  "
                + "\r[####################]    6.0s task_1 completed   " + System.lineSeparator(), text);
    }

    @Test
    void aTickerRedrawsTheLiveLineBetweenUpdatesUntilFinished() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        java.util.concurrent.ScheduledExecutorService ticker = java.util.concurrent.Executors
                .newSingleThreadScheduledExecutor();
        java.util.concurrent.CountDownLatch redrawn = new java.util.concurrent.CountDownLatch(2);
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8) {
            @Override
            public PrintStream printf(java.util.Locale l, String format, Object... args) {
                super.printf(l, format, args);
                redrawn.countDown();
                return this;
            }
        };
        Progress progress = new Progress(err, true, ticker);
        progress.onUpdate(task(TaskStatus.PENDING), Duration.ZERO);
        assertEquals(true, redrawn.await(10, java.util.concurrent.TimeUnit.SECONDS), "no redraw by the ticker");
        progress.finish();
        assertEquals(true, ticker.isShutdown());
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(true, text.endsWith(System.lineSeparator()), text);
    }

    @Test
    void aRetryLineEndsTheLiveLineFirst() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Progress progress = new Progress(err, true, null, 80);
        progress.onUpdate(task(TaskStatus.PROCESSING), Duration.ofMillis(2500));
        Backend.retryLines(err, () -> "127.0.0.1:1").onRetry("status of task task_1",
                new io.kling4j.client.errors.NetworkException("status of task task_1: connection to 127.0.0.1:1 reset"
                        + " by the peer", null, null), 1, 2, Duration.ofMillis(1100));
        progress.finish();
        String ls = System.lineSeparator();
        assertEquals("\r[#############.......]    2.5s task_1 processing  " + ls
                + "status of task task_1: connection to 127.0.0.1:1 reset by the peer, retry 1 of 2 in 1.1 s" + ls,
                bytes.toString(StandardCharsets.UTF_8));
    }
}
