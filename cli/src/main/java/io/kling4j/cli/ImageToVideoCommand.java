package io.kling4j.cli;

import io.kling4j.client.Endpoint;
import io.kling4j.generated.model.AspectRatio;
import io.kling4j.generated.model.ImageToVideoRequest;
import io.kling4j.generated.model.Mode;
import io.kling4j.generated.model.OutputResolution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kling image-to-video}: animate a first-frame image given as a URL or a local file (uploaded first). */
@Command(name = "image-to-video", mixinStandardHelpOptions = true,
        description = {"Animate a first-frame image, wait for the video and save the MP4.",
                "A local image file is uploaded first through RunAPI's files endpoint (a one-hour URL)."},
        footer = {"", "Examples:",
                "  kling image-to-video --first-frame https://example.com/cat.png --prompt \"The cat blinks\" -o cat.mp4",
                "  kling image-to-video --first-frame ./cat.png --prompt \"The cat blinks\" -o cat.mp4",
                "  kling image-to-video --model kling-v3-omni --duration 8 --first-frame https://... --prompt \"...\""})
final class ImageToVideoCommand extends GenerateCommand {
    @Option(names = "--model", defaultValue = "kling-v2.6", description = "Model slug (default ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--first-frame", paramLabel = "URL|FILE", required = true,
            description = "Image of the first frame: an http(s) URL or a local file.")
    String firstFrame;

    @Option(names = "--last-frame", paramLabel = "URL|FILE", description = "Image of the last frame (some models).")
    String lastFrame;

    @Override
    Endpoint endpoint() {
        return Endpoint.of("image_to_video");
    }

    @Override
    void checkOptions() {
        if (prompt == null || prompt.isBlank()) {
            throw new IllegalArgumentException("--prompt is required");
        }
    }

    @Override
    void checkFiles() {
        uploads.check("--first-frame", firstFrame, LocalMedia.Kind.IMAGE);
        uploads.check("--last-frame", lastFrame, LocalMedia.Kind.IMAGE);
    }

    @Override
    Object request() {
        return new ImageToVideoRequest().model(model).prompt(prompt)
                .firstFrameImageUrl(uploads.url(firstFrame))
                .lastFrameImageUrl(uploads.url(lastFrame))
                .durationSeconds(duration)
                .aspectRatio(AspectRatio.fromValue(aspectRatio)).outputResolution(OutputResolution.fromValue(resolution))
                .mode(Mode.fromValue(mode)).enableSound(sound).negativePrompt(negativePrompt).callbackUrl(callbackUrl);
    }
}
