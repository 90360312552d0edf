package io.kling4j.examples;

import io.kling4j.client.KlingClient;
import io.kling4j.client.KlingTask;
import io.kling4j.client.WaitOptions;
import io.kling4j.client.TextToVideoParams;
import java.nio.file.Path;

/**
 * Submit a text-to-video task, wait for it with a status line per change, save the MP4.
 * {@code java -cp ... io.kling4j.examples.SubmitAndWait [output.mp4]} (default {@code fox.mp4}).
 */
public final class SubmitAndWait {
    private SubmitAndWait() {
    }

    /** @param args optional output file */
    public static void main(String[] args) {
        Path output = Path.of(args.length > 0 ? args[0] : "fox.mp4");
        try (ExampleBackend backend = ExampleBackend.open()) {
            KlingClient kling = backend.client();
            KlingTask task = kling.textToVideo().createAndWait(TextToVideoParams.builder().model("kling-3.0")
                            .prompt("A red fox running through fresh snow at dawn").durationSeconds(5).aspectRatio("16:9").build(),
                    WaitOptions.builder().listener((t, elapsed) -> System.out.println(
                            elapsed.toMillis() + " ms: " + t.id() + " " + t.status())).build());
            Path file = kling.download(task, output);
            System.out.println("Saved " + file + " (task " + task.id() + ")");
        }
    }
}
