package io.kling4j.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code kling models}: the models the spec knows, per endpoint. Offline; no request is made. */
@Command(name = "models", mixinStandardHelpOptions = true,
        description = {"List the models kling4j knows per endpoint (from the spec's x-kling-models rules).",
                "Other slugs are passed through unchecked. Per-model rules: docs/models.md."},
        footer = {"", "Examples:", "  kling models", "  kling models --json"})
final class ModelsCommand implements Callable<Integer> {
    @ParentCommand
    KlingCli root;

    @Option(names = "--json", description = "Print {\"<command>\": [models...]} on stdout.")
    boolean json;

    @Override
    public Integer call() {
        ObjectNode node = new ObjectMapper().createObjectNode();
        root.model.commands().forEach(c -> {
            String command = c.name();
            TreeSet<String> models = new TreeSet<>(c.models());
            if (json) {
                models.forEach(node.putArray(command)::add);
            } else {
                root.out.printf("%-15s %s%n", command, models.isEmpty() ? "(no model field)" : String.join(", ", models));
            }
        });
        if (json) {
            root.out.println(node);
        } else {
            root.out.println();
            root.out.println("Per-model rules (durations, ratios, forbidden fields): docs/models.md");
        }
        root.out.flush();
        return ExitCodes.OK;
    }
}
