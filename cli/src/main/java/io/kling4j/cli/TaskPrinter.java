package io.kling4j.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kling4j.client.KlingTask;
import java.io.PrintStream;
import java.nio.file.Path;

/** Writes results to stdout: one JSON object with {@code --json}, otherwise a short human line. */
final class TaskPrinter {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrintStream out;
    private final boolean json;

    TaskPrinter(PrintStream out, boolean json) {
        this.out = out;
        this.json = json;
    }

    void print(KlingTask task, Path file) {
        if (json) {
            ObjectNode node = JSON.createObjectNode();
            node.put("id", task.id());
            node.put("endpoint", task.endpoint().path());
            node.put("status", String.valueOf(task.status()));
            task.error().ifPresent(e -> node.put("error", e));
            task.videoUrls().forEach(url -> node.withArray("videos").addObject().put("url", url));
            task.cost().ifPresent(c -> node.putObject("usage").put("cost", c));
            if (file != null) {
                node.put("file", file.toString());
            }
            out.println(node);
        } else if (file != null) {
            out.println("Saved " + file + " (task " + task.id() + task.cost().map(c -> ", cost $" + c).orElse("") + ")");
        } else {
            out.println(task.id() + " " + task.status() + task.error().map(e -> ": " + e).orElse("")
                    + (task.videoUrls().isEmpty() ? "" : " " + String.join(" ", task.videoUrls())));
        }
        out.flush();
    }
}
