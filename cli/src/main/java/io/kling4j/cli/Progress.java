package io.kling4j.cli;

import io.kling4j.client.KlingTask;
import io.kling4j.client.WaitListener;
import io.kling4j.client.TaskStatus;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Shows a wait's progress on stderr with the elapsed time and status. On a terminal it redraws one line
 * ({@code [#############.......]    4.0s task_1 processing}), ticking the elapsed time every 250 ms between
 * updates; otherwise (pipes, CI logs, tests) it prints one plain line per update ({@code [   4.0s] task_1
 * processing}). RunAPI reports no percentage, so the bar moves by status: a third for pending, two thirds for
 * processing, full when finished.
 */
class Progress implements WaitListener {
    private static final int WIDTH = 20;
    private static final long TICK_MILLIS = 250;

    /** The live display now drawn, if any: other stderr lines (retries) end its line first. */
    private static volatile Progress drawing;

    private final PrintStream err;
    private final boolean live;
    private final int columns;
    private final ScheduledExecutorService ticker;
    private KlingTask last;
    private long lastElapsedMillis;
    private long lastUpdateNanos;
    private boolean drawn;

    /**
     * @param err    where to draw
     * @param live   redraw one line (a terminal) instead of printing lines
     * @param ticker redraws the live line between updates; null for none
     */
    Progress(PrintStream err, boolean live, ScheduledExecutorService ticker) {
        this(err, live, ticker, Terminal.DEFAULT_COLUMNS);
    }

    /**
     * @param columns the terminal's width: a live line is cut to one column less, so that it never wraps
     */
    Progress(PrintStream err, boolean live, ScheduledExecutorService ticker, int columns) {
        this.err = err;
        this.live = live;
        this.columns = Math.max(10, columns);
        this.ticker = ticker;
        if (ticker != null) {
            ticker.scheduleAtFixedRate(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** A live, ticking bar when {@code err} is the process's stderr on a terminal; plain lines otherwise. */
    static Progress forStream(PrintStream err) {
        return forStream(err, System.getenv());
    }

    /** As {@link #forStream(PrintStream)}, as wide as the terminal ({@code COLUMNS}, else {@code stty size}). */
    static Progress forStream(PrintStream err, java.util.Map<String, String> env) {
        boolean terminal = err == System.err && System.console() != null;
        Integer columns = terminal ? Terminal.columns(env) : null;
        return new Progress(err, terminal, terminal ? Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kling-progress");
            t.setDaemon(true);
            return t;
        }) : null, columns == null ? Terminal.DEFAULT_COLUMNS : columns);
    }

    @Override
    public synchronized void onUpdate(KlingTask task, Duration elapsed) {
        last = task;
        lastElapsedMillis = elapsed.toMillis();
        lastUpdateNanos = System.nanoTime();
        if (live) {
            draw(lastElapsedMillis);
        } else {
            err.printf(Locale.ROOT, "[%6.1fs] %s %s%n", lastElapsedMillis / 1000.0, task.id(), task.status());
        }
        err.flush();
    }

    private synchronized void tick() {
        if (live && last != null && !last.isFinished()) {
            draw(lastElapsedMillis + (System.nanoTime() - lastUpdateNanos) / 1_000_000);
            err.flush();
        }
    }

    private void draw(long elapsedMillis) {
        err.printf(Locale.ROOT, "\r%s", line(last, elapsedMillis, columns));
        drawn = true;
        drawing = this;
    }

    /** Ends the live line so that what follows starts on a fresh line; the next update starts a new one. */
    synchronized void endLine() {
        breakLine();
        last = null;
    }

    /** Ends the live line of whatever display is drawing, so that another stderr line does not run into it. */
    static void breakAnyLine() {
        Progress p = drawing;
        if (p != null) {
            synchronized (p) {
                p.breakLine();
            }
        }
    }

    private void breakLine() {
        if (live && drawn) {
            err.println();
            drawn = false;
        }
        if (drawing == this) {
            drawing = null;
        }
    }

    /** Stops the ticking and ends the live line. */
    synchronized void finish() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        endLine();
    }

    /** The live line, shortened (then cut) to at most {@code columns - 1} characters so that it never wraps. */
    static String line(KlingTask task, long elapsedMillis, int columns) {
        int filled = filled(task);
        String full = String.format(Locale.ROOT, "[%s%s] %6.1fs %s %-12s", "#".repeat(filled), ".".repeat(WIDTH - filled),
                elapsedMillis / 1000.0, task.id(), task.status());
        if (full.length() > columns - 1) {
            full = String.format(Locale.ROOT, "%6.1fs %-12s %s", elapsedMillis / 1000.0, task.status(), task.id());
        }
        int width = Math.max(1, columns - 1);
        return full.length() > width ? full.substring(0, width) : full;
    }

    static int filled(KlingTask task) {
        if (task.isFinished()) {
            return WIDTH;
        }
        return TaskStatus.PROCESSING.equals(task.status()) ? WIDTH * 2 / 3 : WIDTH / 3;
    }
}
