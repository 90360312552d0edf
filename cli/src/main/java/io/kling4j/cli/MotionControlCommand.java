package io.kling4j.cli;

import io.kling4j.client.Endpoint;
import io.kling4j.generated.model.BackgroundSource;
import io.kling4j.generated.model.CharacterOrientation;
import io.kling4j.generated.model.MotionControlRequest;
import io.kling4j.generated.model.OutputResolution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kling motion-control}: move an image's character like a reference video's. */
@Command(name = "motion-control", mixinStandardHelpOptions = true,
        description = {"Move the character of an image the way the person in a reference video moves.",
                "Local files are uploaded first through RunAPI's files endpoint."},
        footer = {"", "Examples:",
                "  kling motion-control --image https://example.com/hero.png --video https://example.com/dance.mp4 -o dance.mp4",
                "  kling motion-control --model kling-v2.6 --orientation video --image hero.png --video dance.mp4"})
final class MotionControlCommand extends SubmitCommand {
    @Option(names = "--model", defaultValue = "kling-3.0", description = "kling-3.0 or kling-v2.6 (default ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--image", paramLabel = "URL|FILE", required = true, description = "The character image.")
    String image;

    @Option(names = "--video", paramLabel = "URL|FILE", required = true, description = "The reference motion video.")
    String video;

    @Option(names = "--prompt", description = "Optional guidance.")
    String prompt;

    @Option(names = "--resolution", paramLabel = "RES", defaultValue = "720p",
            description = "720p or 1080p (default ${DEFAULT-VALUE}).")
    String resolution;

    @Option(names = "--orientation", paramLabel = "video|image",
            description = "Whose orientation the character keeps (required by kling-v2.6).")
    String orientation;

    @Option(names = "--background", paramLabel = "video|image", description = "Whose background to keep (kling-3.0).")
    String background;

    @Override
    Endpoint endpoint() {
        return Endpoint.of("motion_control");
    }

    @Override
    void checkFiles() {
        uploads.check("--image", image, LocalMedia.Kind.IMAGE);
        uploads.check("--video", video, LocalMedia.Kind.VIDEO);
    }

    @Override
    Object request() {
        return new MotionControlRequest().model(model)
                .sourceImageUrl(uploads.url(image))
                .referenceVideoUrl(uploads.url(video))
                .prompt(prompt).outputResolution(OutputResolution.fromValue(resolution))
                .characterOrientation(CharacterOrientation.fromValue(orientation))
                .backgroundSource(BackgroundSource.fromValue(background)).callbackUrl(callbackUrl);
    }
}
