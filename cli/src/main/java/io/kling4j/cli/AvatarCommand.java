package io.kling4j.cli;

import io.kling4j.client.Endpoint;
import io.kling4j.generated.model.AiAvatarRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kling avatar}: a face image lip-synced to an audio track. */
@Command(name = "avatar", mixinStandardHelpOptions = true,
        description = {"Make a talking avatar: a face image lip-synced to an audio track.",
                "Local files are uploaded first through RunAPI's files endpoint."},
        footer = {"", "Examples:",
                "  kling avatar --image https://example.com/face.png --audio https://example.com/hello.mp3 \\",
                "      --prompt \"Friendly, smiling\" -o avatar.mp4",
                "  kling avatar --model kling-ai-avatar-pro --image face.png --audio hello.mp3 --prompt \"Calm\""})
final class AvatarCommand extends SubmitCommand {
    @Option(names = "--model", defaultValue = "kling-ai-avatar-standard",
            description = "Model slug (default ${DEFAULT-VALUE}; see 'kling models').")
    String model;

    @Option(names = "--image", paramLabel = "URL|FILE", required = true, description = "The face image.")
    String image;

    @Option(names = "--audio", paramLabel = "URL|FILE", required = true, description = "The speech audio.")
    String audio;

    @Option(names = "--prompt", required = true, description = "Expression and style of the avatar.")
    String prompt;

    @Override
    Endpoint endpoint() {
        return Endpoint.of("ai_avatar");
    }

    @Override
    void checkFiles() {
        uploads.check("--image", image, LocalMedia.Kind.IMAGE);
        uploads.check("--audio", audio, LocalMedia.Kind.AUDIO);
    }

    @Override
    Object request() {
        return new AiAvatarRequest().model(model)
                .sourceImageUrl(uploads.url(image))
                .sourceAudioUrl(uploads.url(audio))
                .prompt(prompt).callbackUrl(callbackUrl);
    }
}
