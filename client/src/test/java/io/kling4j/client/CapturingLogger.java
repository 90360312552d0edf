package io.kling4j.client;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/** A {@link System.Logger} that keeps every line (all levels enabled). For tests. */
final class CapturingLogger implements System.Logger {
    /** One captured record. */
    record Line(Level level, String text) {
    }

    final List<Line> lines = new CopyOnWriteArrayList<>();

    @Override
    public String getName() {
        return "io.kling4j";
    }

    @Override
    public boolean isLoggable(Level level) {
        return true;
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
        lines.add(new Line(level, msg + (thrown == null ? "" : " " + thrown)));
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
        lines.add(new Line(level, params == null || params.length == 0 ? format : MessageFormat.format(format, params)));
    }

    @Override
    public void log(Level level, Supplier<String> supplier) {
        lines.add(new Line(level, supplier.get()));
    }

    String all() {
        StringBuilder b = new StringBuilder();
        lines.forEach(l -> b.append(l.level()).append(' ').append(l.text()).append('\n'));
        return b.toString();
    }
}
