package io.kling4j.cli;

import io.kling4j.client.Endpoint;
import io.kling4j.generated.model.ExtendVideoRequest;
import io.kling4j.generated.model.Mode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kling extend}: continue a completed video. */
@Command(name = "extend", mixinStandardHelpOptions = true,
        description = "Continue a completed Kling v2.5 Turbo video, wait for the extension and save the MP4.",
        footer = {"", "Examples:",
                "  kling extend task_8f2c1a --prompt \"The fox jumps over the fence\" -o longer.mp4",
                "  kling extend task_8f2c1a --mode pro --no-wait --json"})
final class ExtendCommand extends SubmitCommand {
    @Parameters(index = "0", paramLabel = "SOURCE_TASK_ID", description = "The completed task to continue.")
    String sourceTask;

    @Option(names = "--prompt", description = "What happens next (optional).")
    String prompt;

    @Option(names = "--mode", description = "std or pro.")
    String mode;

    @Override
    Endpoint endpoint() {
        return Endpoint.of("extend_video");
    }

    @Override
    Object request() {
        return new ExtendVideoRequest().sourceTaskId(sourceTask).prompt(prompt)
                .mode(Mode.fromValue(mode)).callbackUrl(callbackUrl);
    }
}
