package io.kling4j.cli;

import io.kling4j.client.Endpoint;
import io.kling4j.client.KlingClient;
import io.kling4j.client.KlingTask;
import io.kling4j.client.RequestOptions;
import io.kling4j.generated.model.AspectRatio;
import io.kling4j.generated.model.Mode;
import io.kling4j.generated.model.OutputResolution;
import io.kling4j.generated.model.TextToVideoRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kling text-to-video}: a video from a prompt. */
@Command(name = "text-to-video", mixinStandardHelpOptions = true,
        description = "Generate a video from a prompt, wait for it and save the MP4.",
        footer = {"", "Examples:",
                "  kling text-to-video --prompt \"A red fox running through snow\" -o fox.mp4",
                "  kling text-to-video --model kling-v2.6 --mode pro --sound --duration 10 --prompt \"Waves\"",
                "  kling text-to-video --prompt \"City at night\" --no-wait --json"})
final class TextToVideoCommand extends GenerateCommand {
    @Option(names = "--model", defaultValue = "kling-3.0", description = "Model slug (default ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--first-frame", paramLabel = "URL", description = "Image URL to open the video with.")
    String firstFrame;

    @Override
    Endpoint endpoint() {
        return Endpoint.TEXT_TO_VIDEO;
    }

    @Override
    KlingTask submit(KlingClient client, RequestOptions options) {
        TextToVideoRequest request = new TextToVideoRequest().model(model).prompt(prompt).durationSeconds(duration)
                .aspectRatio(AspectRatio.fromValue(aspectRatio)).outputResolution(OutputResolution.fromValue(resolution))
                .mode(Mode.fromValue(mode)).enableSound(sound).negativePrompt(negativePrompt).callbackUrl(callbackUrl)
                .firstFrameImageUrl(firstFrame);
        return client.submit(request, options);
    }
}
