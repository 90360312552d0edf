package io.kling4j.story;

import io.kling4j.client.KlingClient;
import io.kling4j.client.KlingTask;
import io.kling4j.client.WaitOptions;
import io.kling4j.generated.model.AspectRatio;
import io.kling4j.generated.model.FileSource;
import io.kling4j.generated.model.FileSourceType;
import io.kling4j.generated.model.FileUploadRequest;
import io.kling4j.generated.model.ImageToVideoRequest;
import io.kling4j.generated.model.TextToVideoRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * Generates a story longer than one clip: the first shot is a text-to-video task; with continuity on (the default)
 * each later shot is an image-to-video task whose {@code first_frame_image_url} is the previous shot's last frame
 * (decoded from its MP4 with JCodec, uploaded as a base64 PNG through {@link KlingClient#uploadFile}); the shot
 * MP4s are then joined into one with {@link Mp4Concat}. Shots run one after another, since each needs the one
 * before. Usage:
 * <pre>{@code
 * StoryResult story = StoryChain.builder(client).aspectRatio("16:9").build()
 *         .generate(List.of(new StoryShot("A fox wakes up", 5), new StoryShot("It runs into the snow", 5)),
 *                 Path.of("story.mp4"));
 * }</pre>
 * Defaults: text model {@value #DEFAULT_TEXT_MODEL}, image model {@value #DEFAULT_IMAGE_MODEL} (takes 5 or 10 s
 * shots), no aspect ratio (the model's default), {@link WaitOptions#defaults()}, shot MP4s in a temporary directory
 * deleted afterwards.
 */
public final class StoryChain {
    /** Model of the first shot (and of every shot without continuity). */
    public static final String DEFAULT_TEXT_MODEL = "kling-3.0";
    /** Model of the shots that start from the previous shot's last frame. */
    public static final String DEFAULT_IMAGE_MODEL = "kling-v2.6";

    private final KlingClient client;
    private final String textModel;
    private final String imageModel;
    private final String aspectRatio;
    private final boolean continuity;
    private final WaitOptions waitOptions;
    private final Path shotsDir;
    private final StoryListener listener;

    private StoryChain(Builder b) {
        this.client = b.client;
        this.textModel = b.textModel;
        this.imageModel = b.imageModel;
        this.aspectRatio = b.aspectRatio;
        this.continuity = b.continuity;
        this.waitOptions = b.waitOptions;
        this.shotsDir = b.shotsDir;
        this.listener = b.listener;
    }

    /**
     * @param client the client every task goes through; not closed by the chain
     * @return a builder with the defaults above
     */
    public static Builder builder(KlingClient client) {
        return new Builder(Objects.requireNonNull(client, "client"));
    }

    /**
     * Generates every shot in order and joins them.
     *
     * @param shots  the shots; at least one
     * @param output the MP4 to write
     * @return the joined video and each shot's task
     * @throws io.kling4j.client.errors.KlingException as the client throws it (a failed shot stops the story)
     */
    public StoryResult generate(List<StoryShot> shots, Path output) {
        if (shots.isEmpty()) {
            throw new IllegalArgumentException("a story needs at least one shot");
        }
        Path dir = shotsDir;
        boolean temporary = dir == null;
        try {
            dir = temporary ? Files.createTempDirectory("kling4j-story") : Files.createDirectories(dir);
            List<KlingTask> tasks = new ArrayList<>();
            List<Path> clips = new ArrayList<>();
            String firstFrameUrl = null;
            for (int i = 0; i < shots.size(); i++) {
                KlingTask task = submit(i, shots.get(i), firstFrameUrl);
                listener.onShotSubmitted(i, task);
                KlingTask done = client.waitFor(task.endpoint(), task.id(), waitOptions);
                Path clip = client.download(done, dir.resolve(String.format("shot-%02d.mp4", i + 1)));
                listener.onShotCompleted(i, done);
                tasks.add(done);
                clips.add(clip);
                if (continuity && i + 1 < shots.size()) {
                    firstFrameUrl = uploadLastFrame(clip, i);
                    listener.onFirstFrameUploaded(i + 1, firstFrameUrl);
                }
            }
            int frames = Mp4Concat.concat(clips, output);
            if (temporary) {
                for (Path clip : clips) {
                    Files.deleteIfExists(clip);
                }
                Files.deleteIfExists(dir);
            }
            return new StoryResult(output, tasks, frames);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the story's shots to " + dir, e);
        }
    }

    private KlingTask submit(int index, StoryShot shot, String firstFrameUrl) {
        if (firstFrameUrl == null) {
            return client.submit(new TextToVideoRequest().model(textModel).prompt(shot.prompt())
                    .durationSeconds(shot.durationSeconds()).aspectRatio(AspectRatio.fromValue(aspectRatio)));
        }
        return client.submit(new ImageToVideoRequest().model(imageModel).prompt(shot.prompt())
                .firstFrameImageUrl(firstFrameUrl).durationSeconds(shot.durationSeconds())
                .aspectRatio(AspectRatio.fromValue(aspectRatio)));
    }

    private String uploadLastFrame(Path clip, int index) {
        byte[] png = Frames.png(Frames.last(clip));
        return client.uploadFile(new FileUploadRequest().fileName(String.format("shot-%02d-last-frame.png", index + 1))
                .source(new FileSource().type(FileSourceType.BASE64).data(Base64.getEncoder().encodeToString(png))))
                .getUrl();
    }

    /** Builds a {@link StoryChain}; see the class comment for the defaults. */
    public static final class Builder {
        private final KlingClient client;
        private String textModel = DEFAULT_TEXT_MODEL;
        private String imageModel = DEFAULT_IMAGE_MODEL;
        private String aspectRatio;
        private boolean continuity = true;
        private WaitOptions waitOptions = WaitOptions.defaults();
        private Path shotsDir;
        private StoryListener listener = StoryListener.none();

        private Builder(KlingClient client) {
            this.client = client;
        }

        /** @param model the text-to-video model of the first shot (default {@value #DEFAULT_TEXT_MODEL}) */
        public Builder textModel(String model) {
            this.textModel = Objects.requireNonNull(model, "model");
            return this;
        }

        /** @param model the image-to-video model of the chained shots (default {@value #DEFAULT_IMAGE_MODEL}) */
        public Builder imageModel(String model) {
            this.imageModel = Objects.requireNonNull(model, "model");
            return this;
        }

        /** @param ratio 16:9, 9:16 or 1:1 for every shot; null (default) for the models' default */
        public Builder aspectRatio(String ratio) {
            this.aspectRatio = ratio;
            return this;
        }

        /** @param on false to make every shot an independent text-to-video task (default true) */
        public Builder continuity(boolean on) {
            this.continuity = on;
            return this;
        }

        /** @param options how each shot is waited for (default {@link WaitOptions#defaults()}) */
        public Builder waitOptions(WaitOptions options) {
            this.waitOptions = Objects.requireNonNull(options, "options");
            return this;
        }

        /** @param dir where to keep each shot's MP4 ({@code shot-01.mp4}...); default: a temporary directory */
        public Builder keepShotsIn(Path dir) {
            this.shotsDir = dir;
            return this;
        }

        /** @param listener hears each shot's progress (default: none) */
        public Builder listener(StoryListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /** @return the chain */
        public StoryChain build() {
            return new StoryChain(this);
        }
    }
}
