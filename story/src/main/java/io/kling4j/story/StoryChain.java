package io.kling4j.story;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kling4j.client.Endpoint;
import io.kling4j.client.KlingClient;
import io.kling4j.client.KlingTask;
import io.kling4j.client.WaitOptions;
import io.kling4j.client.errors.NotFoundException;
import io.kling4j.client.errors.TaskFailedException;
import io.kling4j.generated.ApiClient;

import io.kling4j.generated.model.FileSource;
import io.kling4j.generated.model.FileSourceType;
import io.kling4j.generated.model.FileUploadRequest;
import io.kling4j.client.ImageToVideoParams;
import io.kling4j.generated.model.TaskResponse;
import io.kling4j.client.TaskStatus;
import io.kling4j.client.TaskParams;
import io.kling4j.client.TextToVideoParams;
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
 * deleted afterwards. In a kept folder ({@link Builder#keepShotsIn}) each shot also gets a {@link ShotManifest}
 * ({@code shot-NN.json}) as soon as its task exists, and {@link Builder#resume} reuses those shots instead of
 * paying for them again.
 */
public final class StoryChain {
    /** Model of the first shot (and of every shot without continuity). */
    public static final String DEFAULT_TEXT_MODEL = "kling-3.0";
    /** Model of the shots that start from the previous shot's last frame. */
    public static final String DEFAULT_IMAGE_MODEL = "kling-v2.6";
    private static final ObjectMapper MAPPER = ApiClient.createDefaultObjectMapper();

    private final KlingClient client;
    private final String textModel;
    private final String imageModel;
    private final String aspectRatio;
    private final boolean continuity;
    private final WaitOptions waitOptions;
    private final Path shotsDir;
    private final StoryListener listener;
    private final boolean resume;

    private StoryChain(Builder b) {
        this.client = b.client;
        this.textModel = b.textModel;
        this.imageModel = b.imageModel;
        this.aspectRatio = b.aspectRatio;
        this.continuity = b.continuity;
        this.waitOptions = b.waitOptions;
        this.shotsDir = b.shotsDir;
        this.listener = b.listener;
        this.resume = b.resume;
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
        if (!temporary && !resume && !ShotManifest.readAll(dir).isEmpty()) {
            throw new IllegalArgumentException(dir + " already holds paid shots of a story (shot-NN.json); resume "
                    + "them (kling story ... --resume " + dir + ") or choose another folder");
        }
        try {
            dir = temporary ? Files.createTempDirectory("kling4j-story") : Files.createDirectories(dir);
            List<KlingTask> tasks = new ArrayList<>();
            List<Path> clips = new ArrayList<>();
            Path previousClip = null;
            String previousTaskId = null;
            for (int i = 0; i < shots.size(); i++) {
                TaskParams planned = request(i, shots.get(i), i > 0 && continuity ? placeholderFrame(i) : null);
                String after = continuity ? previousTaskId : null;
                ShotManifest earlier = resume ? matching(dir, i, planned, after) : null;
                Path clip = dir.resolve(ShotManifest.videoName(i + 1));
                KlingTask done;
                if (earlier != null && earlier.completed() && Files.isRegularFile(clip)) {
                    done = KlingTask.of(earlier.endpoint(), MAPPER.createObjectNode()
                            .put("id", earlier.taskId()).put("status", "completed"), null);
                    listener.onShotReused(i, done);
                } else {
                    done = earlier == null ? null : awaitEarlier(earlier);
                    ShotManifest manifest = earlier;
                    if (done == null) {
                        String frame = i > 0 && continuity ? uploadLastFrame(previousClip, i - 1) : null;
                        if (frame != null) {
                            listener.onFirstFrameUploaded(i, frame);
                        }
                        TaskParams request = request(i, shots.get(i), frame);
                        KlingTask task = client.submit(request);
                        manifest = new ShotManifest(i + 1, task.endpoint(), json(planned), after, task.id(), false,
                                clip.getFileName().toString());
                        manifest.write(dir);
                        listener.onShotSubmitted(i, task);
                        done = client.waitFor(task.endpoint(), task.id(), waitOptions);
                    }
                    client.download(done, clip);
                    manifest.complete().write(dir);
                    listener.onShotCompleted(i, done);
                }
                tasks.add(done);
                clips.add(clip);
                previousClip = clip;
                previousTaskId = done.id();
            }
            int frames = Mp4Concat.concat(clips, output);
            if (temporary) {
                for (int i = 0; i < clips.size(); i++) {
                    Files.deleteIfExists(clips.get(i));
                    Files.deleteIfExists(dir.resolve(ShotManifest.manifestName(i + 1)));
                }
                Files.deleteIfExists(dir);
            }
            return new StoryResult(output, tasks, frames);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the story's shots to " + dir, e);
        }
    }

    /**
     * What {@link #generate} would submit, without submitting or uploading anything: each shot's endpoint and
     * request (a later shot's first frame is a stand-in URL), and whether an earlier run's task is reused for it
     * (with {@link Builder#resume} on, a shot whose request and preceding task match its {@code shot-NN.json}).
     * Quote the shots that are not reused to estimate a story's cost.
     *
     * @param shots the shots
     * @return one entry per shot, in order
     */
    public List<PlannedShot> plan(List<StoryShot> shots) {
        List<PlannedShot> plan = new ArrayList<>();
        String previousTaskId = null;
        for (int i = 0; i < shots.size(); i++) {
            TaskParams request = request(i, shots.get(i), i > 0 && continuity ? placeholderFrame(i) : null);
            Endpoint endpoint = request.endpoint();
            ShotManifest earlier = resume && shotsDir != null
                    ? matching(shotsDir, i, request, continuity ? previousTaskId : null) : null;
            plan.add(new PlannedShot(i, endpoint, request, earlier == null ? null : earlier.taskId()));
            previousTaskId = earlier == null ? null : earlier.taskId();
        }
        return plan;
    }

    /**
     * One shot as {@link #plan} sees it.
     *
     * @param index          the shot's index, from 0
     * @param endpoint       the endpoint it is submitted to
     * @param request        the request (a stand-in first frame for chained shots)
     * @param reusedTaskId   the earlier task reused for it (completed or still running), or {@code null} when it
     *                       will be submitted (and paid for)
     */
    public record PlannedShot(int index, Endpoint endpoint, TaskParams request, String reusedTaskId) {
        /** @return whether an earlier task is reused, so this shot costs nothing more */
        public boolean reused() {
            return reusedTaskId != null;
        }
    }

    /** @return the earlier manifest of shot {@code i} when it was made from the same request after the same task */
    private static ShotManifest matching(Path dir, int i, Object request, String afterTaskId) {
        return ShotManifest.read(dir, i + 1).filter(m -> Objects.equals(m.afterTaskId(), afterTaskId))
                .filter(m -> sameJson(m.request(), request)).orElse(null);
    }

    /** Waits for an earlier run's task; {@code null} when it failed or is gone (a new task is then submitted). */
    private KlingTask awaitEarlier(ShotManifest earlier) {
        try {
            return client.waitFor(earlier.endpoint(), earlier.taskId(), waitOptions);
        } catch (TaskFailedException | NotFoundException gone) {
            return null; // a failed task is not charged; submitting again pays once
        }
    }

    private TaskParams request(int index, StoryShot shot, String firstFrameUrl) {
        if (firstFrameUrl == null) {
            return TextToVideoParams.builder().model(textModel).prompt(shot.prompt())
                    .durationSeconds(shot.durationSeconds()).aspectRatio(aspectRatio).build();
        }
        return ImageToVideoParams.builder().model(imageModel).prompt(shot.prompt())
                .firstFrameImageUrl(firstFrameUrl).durationSeconds(shot.durationSeconds())
                .aspectRatio(aspectRatio).build();
    }

    private static String placeholderFrame(int index) {
        return "https://example.com/kling4j-story/" + String.format("shot-%02d-last-frame.png", index);
    }

    private static String json(Object request) {
        try {
            return MAPPER.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean sameJson(String text, Object request) {
        try {
            return MAPPER.readTree(text).equals(MAPPER.valueToTree(request));
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private String uploadLastFrame(Path clip, int index) {
        byte[] png = Frames.png(Frames.last(clip));
        return client.uploadFile(png, String.format("shot-%02d-last-frame.png", index + 1)).url();
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
        private boolean resume;

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

        /**
         * @param on true to reuse the shots of an earlier run kept in {@link #keepShotsIn} (default false): a shot
         *           whose {@code shot-NN.json} has the same request after the same task is not submitted again
         *           (its video is reused, or its still-running task waited for)
         */
        public Builder resume(boolean on) {
            this.resume = on;
            return this;
        }

        /** @return the chain */
        public StoryChain build() {
            return new StoryChain(this);
        }
    }
}
