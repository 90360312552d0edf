package io.kling4j.examples;

import io.kling4j.client.WaitOptions;
import io.kling4j.story.StoryChain;
import io.kling4j.story.StoryResult;
import io.kling4j.story.StoryShot;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A two-shot story where the second shot starts from the first shot's last frame, joined into one MP4.
 * {@code java -cp ... io.kling4j.examples.StoryExample [story.mp4]}.
 */
public final class StoryExample {
    private StoryExample() {
    }

    /** @param args optional output file */
    public static void main(String[] args) {
        Path output = Path.of(args.length > 0 ? args[0] : "story.mp4");
        try (ExampleBackend backend = ExampleBackend.open()) {
            StoryResult story = StoryChain.builder(backend.client()).aspectRatio("16:9")
                    .waitOptions(WaitOptions.builder().pollInterval(Duration.ofMillis(200)).build())
                    .listener(new io.kling4j.story.StoryListener() {
                        @Override
                        public void onShotCompleted(int index, io.kling4j.client.KlingTask task) {
                            System.out.println("shot " + (index + 1) + " done: " + task.id());
                        }
                    })
                    .build()
                    .generate(List.of(new StoryShot("A fox wakes up in its den", 3),
                            new StoryShot("The fox steps out into the snow", 5)), output);
            System.out.println("Saved " + story.video() + " (" + story.frames() + " frames)");
        }
    }
}
