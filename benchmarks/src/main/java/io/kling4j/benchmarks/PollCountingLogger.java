package io.kling4j.benchmarks;

import java.util.ResourceBundle;
import java.util.concurrent.atomic.LongAdder;

/**
 * A {@link System.Logger} for the client under test that counts its request log lines for GETs (status polls) and
 * drops every line: polls are counted without wrapping the client's transport, so the client keeps its own JDK
 * client and threads.
 */
final class PollCountingLogger implements System.Logger {
    private final LongAdder gets = new LongAdder();

    /** @return GET requests logged so far */
    long gets() {
        return gets.sum();
    }

    @Override
    public String getName() {
        return "bench-poll-counter";
    }

    @Override
    public boolean isLoggable(Level level) {
        return level == Level.DEBUG;
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
        count(msg);
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
        count(format);
    }

    private void count(String line) {
        if (line != null && line.startsWith("kling4j GET ")) {
            gets.increment();
        }
    }
}
