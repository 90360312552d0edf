package io.kling4j.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kling4j.client.KlingTask;
import io.kling4j.client.WaitOptions;
import io.kling4j.story.StoryChain;
import io.kling4j.story.StoryListener;
import io.kling4j.story.StoryResult;
import io.kling4j.story.StoryShot;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code kling story}: a story longer than one clip, each shot starting from the previous shot's last frame. */
@Command(name = "story", mixinStandardHelpOptions = true,
        description = {"Generate a story of several shots, each starting from the previous shot's last frame.",
                "The shots run one after another (the last frame is uploaded as a PNG) and are joined",
                "into one MP4 (no audio).",
                "Storyboard: the same YAML/JSON as 'text-to-video --storyboard'; its model is the first shot's."},
        footer = {"", "Examples:", "  kling story storyboard.yaml -o story.mp4",
                "  kling story storyboard.yaml -o story.mp4 --keep-shots shots/ --json",
                "", "storyboard.yaml:", "  aspect_ratio: \"16:9\"", "  shots:",
                "    - {prompt: \"A fox wakes up in its den\", duration: 5}",
                "    - {prompt: \"The fox runs out into the snow\", duration: 5}"})
final class StoryCommand implements Callable<Integer> {
    @ParentCommand
    KlingCli root;

    @Parameters(index = "0", paramLabel = "STORYBOARD", description = "YAML or JSON storyboard file.")
    Path storyboard;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "story.mp4",
            description = "The joined MP4 (default ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--model", description = "Text-to-video model of the first shot (default: the storyboard's, else "
            + StoryChain.DEFAULT_TEXT_MODEL + ").")
    String model;

    @Option(names = "--image-model", defaultValue = StoryChain.DEFAULT_IMAGE_MODEL,
            description = "Image-to-video model of the following shots (default ${DEFAULT-VALUE}).")
    String imageModel;

    @Option(names = "--no-continuity", description = "Make every shot an independent text-to-video task.")
    boolean noContinuity;

    @Option(names = "--keep-shots", paramLabel = "DIR", description = "Keep each shot's MP4 in this directory.")
    Path keepShots;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "900",
            description = "Give up waiting for a shot after this many seconds (default ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--json", description = "Print {file, frames, shots: [tasks]} as JSON on stdout.")
    boolean json;

    @Override
    public Integer call() {
        Storyboard board = Storyboard.read(storyboard);
        List<StoryShot> shots = board.shots().stream().map(s -> new StoryShot(s.prompt(), s.durationSeconds())).toList();
        try (Backend backend = Backend.open(root.env, root.err)) {
            Progress progress = Progress.forStream(root.err);
            StoryChain chain = StoryChain.builder(backend.client())
                    .textModel(model != null ? model : board.model() != null ? board.model() : StoryChain.DEFAULT_TEXT_MODEL)
                    .imageModel(imageModel).aspectRatio(board.aspectRatio()).continuity(!noContinuity)
                    .keepShotsIn(keepShots)
                    .waitOptions(WaitOptions.builder().timeout(Duration.ofSeconds(timeoutSeconds)).listener(progress).build())
                    .listener(new StoryListener() {
                        @Override
                        public void onShotSubmitted(int index, KlingTask task) {
                            root.err.println("Shot " + (index + 1) + "/" + shots.size() + ": " + task.endpoint().path()
                                    + " task " + task.id());
                        }

                        @Override
                        public void onShotCompleted(int index, KlingTask task) {
                            progress.endLine();
                        }
                    })
                    .build();
            StoryResult story;
            try {
                story = chain.generate(shots, output);
            } finally {
                progress.finish();
            }
            print(story);
            return ExitCodes.OK;
        }
    }

    private void print(StoryResult story) {
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode node = mapper.createObjectNode().put("file", story.video().toString()).put("frames", story.frames());
            story.shots().forEach(t -> node.withArray("shots").addObject().put("id", t.id())
                    .put("endpoint", t.endpoint().path()).put("status", String.valueOf(t.status())));
            root.out.println(node);
        } else {
            root.out.println("Saved " + story.video() + " (" + story.shots().size() + " shots, " + story.frames() + " frames)");
        }
        root.out.flush();
    }
}
