package io.kling4j.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code kling quote <command> <its options>}: parses the command exactly as it would run, asks RunAPI's price
 * quote for its request (local files are not uploaded) and prints the price; nothing is submitted.
 */
@Command(name = "quote",
        description = {"Print what a command would cost, without submitting anything.",
                "Takes a task command or 'story' with the same options; local files are not uploaded."},
        footer = {"", "Examples:",
                "  kling quote text-to-video --prompt \"A fox\" --duration 10 --resolution 1080p --sound",
                "  kling quote image-to-video --first-frame ./cat.png --prompt \"The cat blinks\" --json",
                "  kling quote story storyboard.yaml"})
final class QuoteCommand implements Callable<Integer> {
    @ParentCommand
    KlingCli root;

    @Parameters(paramLabel = "COMMAND [OPTIONS]", arity = "0..*",
            description = "A task command (see 'kling --help') or story, with its options.")
    List<String> words = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!words.isEmpty() && (words.get(0).equals("-h") || words.get(0).equals("--help"))) {
            spec.commandLine().usage(root.out);
            return ExitCodes.OK;
        }
        if (words.isEmpty() || (!words.get(0).equals("story") && root.model.command(words.get(0)) == null)) {
            List<String> names = new ArrayList<>();
            root.model.commands().forEach(c -> names.add(c.name()));
            names.add("story");
            throw new IllegalArgumentException("quote: COMMAND must be one of " + String.join(", ", names)
                    + (words.isEmpty() ? "" : " (was " + words.get(0) + ")"));
        }
        return root.executeQuoteOnly(words.toArray(String[]::new));
    }
}
