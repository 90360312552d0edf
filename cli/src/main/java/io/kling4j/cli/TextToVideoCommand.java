package io.kling4j.cli;

import io.kling4j.client.Endpoint;
import io.kling4j.generated.model.AspectRatio;
import io.kling4j.generated.model.Mode;
import io.kling4j.generated.model.MultiPromptItem;
import io.kling4j.generated.model.OutputResolution;
import io.kling4j.generated.model.TextToVideoRequest;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kling text-to-video}: a video from a prompt, or one multi-shot video from a storyboard file. */
@Command(name = "text-to-video", mixinStandardHelpOptions = true,
        description = {"Generate a video from a prompt, wait for it and save the MP4.",
                "With --storyboard, one multi-shot video (multi_shots + multi_prompt) from a YAML or JSON file."},
        footer = {"", "Examples:",
                "  kling text-to-video --prompt \"A red fox running through snow\" -o fox.mp4",
                "  kling text-to-video --model kling-v2.6 --mode pro --sound --duration 10 --prompt \"Waves\"",
                "  kling text-to-video --prompt \"City at night\" --no-wait --json",
                "  kling text-to-video --storyboard shots.yaml -o story.mp4",
                "", "Storyboard (YAML):  shots: [{prompt: \"A fox wakes up\", duration: 5}, {prompt: \"It runs\", duration: 5}]"})
final class TextToVideoCommand extends GenerateCommand {
    @Option(names = "--model", defaultValue = "kling-3.0", description = "Model slug (default ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--first-frame", paramLabel = "URL", description = "Image URL to open the video with.")
    String firstFrame;

    @Option(names = "--storyboard", paramLabel = "FILE",
            description = "YAML or JSON storyboard: a multi-shot video, one prompt per shot (see below).")
    Path storyboard;

    @Override
    Endpoint endpoint() {
        return Endpoint.of("text_to_video");
    }

    @Override
    void checkOptions() {
        if (storyboard == null && (prompt == null || prompt.isBlank())) {
            throw new IllegalArgumentException("--prompt is required (or --storyboard FILE for a multi-shot video)");
        }
    }

    @Override
    Object request() {
        TextToVideoRequest request = new TextToVideoRequest().model(model).prompt(prompt).durationSeconds(duration)
                .aspectRatio(AspectRatio.fromValue(aspectRatio)).outputResolution(OutputResolution.fromValue(resolution))
                .mode(Mode.fromValue(mode)).enableSound(sound).negativePrompt(negativePrompt).callbackUrl(callbackUrl)
                .firstFrameImageUrl(firstFrame);
        if (storyboard != null) {
            applyStoryboard(request, Storyboard.read(storyboard));
        }
        return request;
    }

    private static void applyStoryboard(TextToVideoRequest request, Storyboard board) {
        request.multiShots(true);
        int total = 0;
        boolean allTimed = true;
        for (Storyboard.Shot shot : board.shots()) {
            request.addMultiPromptItem(new MultiPromptItem().prompt(shot.prompt()).durationSeconds(shot.durationSeconds()));
            allTimed &= shot.durationSeconds() != null;
            total += shot.durationSeconds() == null ? 0 : shot.durationSeconds();
        }
        if (board.model() != null) {
            request.model(board.model());
        }
        if (board.aspectRatio() != null) {
            request.aspectRatio(AspectRatio.fromValue(board.aspectRatio()));
        }
        if (board.resolution() != null) {
            request.outputResolution(OutputResolution.fromValue(board.resolution()));
        }
        if (board.sound() != null) {
            request.enableSound(board.sound());
        }
        if (request.getDurationSeconds() == null && allTimed) {
            request.durationSeconds(total);
        }
    }
}
