package io.kling4j.cli;

import io.kling4j.client.KlingTask;
import io.kling4j.client.WaitListener;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/** Prints each status change of a wait on stderr, with the elapsed time: {@code [  4.0s] task_1 processing}. */
final class Progress implements WaitListener {
    private final PrintStream err;

    Progress(PrintStream err) {
        this.err = err;
    }

    @Override
    public void onUpdate(KlingTask task, Duration elapsed) {
        err.printf(Locale.ROOT, "[%6.1fs] %s %s%n", elapsed.toMillis() / 1000.0, task.id(), task.status());
        err.flush();
    }
}
