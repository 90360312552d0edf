package io.kling4j.cli;

import io.kling4j.client.Endpoint;
import io.kling4j.generated.model.EditAspectRatio;
import io.kling4j.generated.model.EditVideoRequest;
import io.kling4j.generated.model.OutputResolution;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kling edit}: edit a source video (a URL or a completed task) with a prompt. */
@Command(name = "edit", mixinStandardHelpOptions = true,
        description = {"Edit a video with a prompt (Kling V3 Omni), wait for it and save the MP4.",
                "Give exactly one of --source-video and --source-task. Without reference images the aspect",
                "ratio is 'auto' and the duration 5 s."},
        footer = {"", "Examples:",
                "  kling edit --source-task task_8f2c1a --prompt \"Make it snow\" -o snowy.mp4",
                "  kling edit --source-video https://example.com/in.mp4 --prompt \"Night time\" --no-wait --json",
                "  kling edit --source-task task_8f2c1a --reference-image https://example.com/hat.png \\",
                "      --aspect-ratio 16:9 --prompt \"Give him the hat from <<<image_1>>>\""})
final class EditCommand extends SubmitCommand {
    @Option(names = "--model", defaultValue = "kling-v3-omni-edit",
            description = "kling-v3-omni-edit or kling-v3-omni-reference (default ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--prompt", required = true, description = "The edit to make.")
    String prompt;

    @Option(names = "--source-video", paramLabel = "URL|FILE", description = "The video to edit (URL or local file).")
    String sourceVideo;

    @Option(names = "--source-task", paramLabel = "TASK_ID", description = "A completed task whose video to edit.")
    String sourceTask;

    @Option(names = "--reference-image", paramLabel = "URL|FILE", description = "Reference image (repeatable, up to 4).")
    List<String> referenceImages = new ArrayList<>();

    @Option(names = "--duration", paramLabel = "SECONDS", description = "Length in seconds.")
    Integer duration;

    @Option(names = "--aspect-ratio", paramLabel = "RATIO",
            description = "auto, 16:9, 9:16 or 1:1 (default: auto without reference images).")
    String aspectRatio;

    @Option(names = "--resolution", paramLabel = "RES", description = "720p, 1080p or 4k.")
    String resolution;

    @Option(names = "--sound", description = "Generate native audio.")
    Boolean sound;

    @Override
    Endpoint endpoint() {
        return Endpoint.of("edit_video");
    }

    @Override
    void checkOptions() {
        if ((sourceVideo == null) == (sourceTask == null)) {
            throw new IllegalArgumentException("give exactly one of --source-video and --source-task");
        }
    }

    @Override
    void checkFiles() {
        uploads.check("--source-video", sourceVideo, LocalMedia.Kind.VIDEO);
        for (String image : referenceImages) {
            uploads.check("--reference-image", image, LocalMedia.Kind.IMAGE);
        }
    }

    @Override
    Object request() {
        String ratio = aspectRatio != null ? aspectRatio : referenceImages.isEmpty() ? "auto" : null;
        EditVideoRequest request = new EditVideoRequest().model(model).prompt(prompt)
                .sourceVideoUrl(uploads.url(sourceVideo))
                .sourceTaskId(sourceTask).durationSeconds(duration)
                .aspectRatio(EditAspectRatio.fromValue(ratio)).outputResolution(OutputResolution.fromValue(resolution))
                .enableSound(sound).callbackUrl(callbackUrl);
        for (String image : referenceImages) {
            request.addReferenceImageUrlsItem(uploads.url(image));
        }
        return request;
    }
}
