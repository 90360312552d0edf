package io.kling4j.story;

import io.kling4j.client.KlingTask;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@link StoryChain#generate} produced.
 *
 * @param video  the joined MP4
 * @param shots  the completed task of each shot, in order
 * @param frames the number of frames in {@code video}
 */
public record StoryResult(Path video, List<KlingTask> shots, int frames) {
    /** Copies the list. */
    public StoryResult {
        shots = List.copyOf(shots);
    }
}
