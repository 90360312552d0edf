package io.kling4j.cli;

import picocli.CommandLine.Option;

/** The generation options text-to-video and image-to-video share, on top of {@link SubmitCommand}. */
abstract class GenerateCommand extends SubmitCommand {
    @Option(names = "--prompt", description = "What the video shows (1-2500 characters).")
    String prompt;

    @Option(names = "--duration", paramLabel = "SECONDS", description = "Length in seconds (model-dependent).")
    Integer duration;

    @Option(names = "--aspect-ratio", paramLabel = "RATIO", description = "16:9, 9:16 or 1:1.")
    String aspectRatio;

    @Option(names = "--resolution", paramLabel = "RES", description = "720p, 1080p or 4k (model-dependent).")
    String resolution;

    @Option(names = "--mode", description = "std or pro (models that take a mode).")
    String mode;

    @Option(names = "--sound", description = "Generate native audio (costs more).")
    Boolean sound;

    @Option(names = "--negative-prompt", paramLabel = "TEXT", description = "What the video should avoid.")
    String negativePrompt;
}
