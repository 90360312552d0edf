package io.kling4j.story;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kling4j.client.Endpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a story remembers of one shot, in {@code shot-NN.json} beside {@code shot-NN.mp4}: the request (with the
 * previous shot's last frame as a stand-in, since its upload URL changes every run), the task it follows, the
 * task id and endpoint, and whether the video is downloaded. Written as soon as the task exists, so a story that
 * stops for any reason can be resumed without paying for a shot twice ({@link StoryChain.Builder#resume}).
 *
 * @param number      the shot's number, from 1
 * @param endpoint    the endpoint that created the task
 * @param request     the request as JSON text, with the first frame as a stand-in
 * @param afterTaskId the task of the shot whose last frame this shot starts from, or {@code null}
 * @param taskId      the task id
 * @param completed   whether the task completed and its video is in {@code file}
 * @param file        the video's file name in the folder
 */
public record ShotManifest(int number, Endpoint endpoint, String request, String afterTaskId, String taskId,
                           boolean completed, String file) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** @return {@code shot-NN.json} */
    static String manifestName(int number) {
        return String.format("shot-%02d.json", number);
    }

    /** @return {@code shot-NN.mp4} */
    static String videoName(int number) {
        return String.format("shot-%02d.mp4", number);
    }

    /** @return this manifest, completed */
    ShotManifest complete() {
        return new ShotManifest(number, endpoint, request, afterTaskId, taskId, true, file);
    }

    /** Writes {@code shot-NN.json} in {@code dir}, replacing it whole (never half-written). */
    void write(Path dir) {
        ObjectNode node = JSON.createObjectNode().put("shot", number).put("endpoint", endpoint.path())
                .put("task_id", taskId).put("status", completed ? "completed" : "submitted").put("file", file)
                .put("after_task_id", afterTaskId);
        try {
            node.set("request", JSON.readTree(request));
            Path tmp = dir.resolve(manifestName(number) + ".tmp");
            Files.write(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(node));
            Files.move(tmp, dir.resolve(manifestName(number)), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(manifestName(number)), e);
        }
    }

    /** @return the manifest of shot {@code number} in {@code dir}, if there is a readable one */
    static Optional<ShotManifest> read(Path dir, int number) {
        Path file = dir == null ? null : dir.resolve(manifestName(number));
        if (file == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(file.toFile());
            return Optional.of(new ShotManifest(node.path("shot").asInt(number),
                    Endpoint.parse(node.path("endpoint").asText()), JSON.writeValueAsString(node.path("request")),
                    node.path("after_task_id").isTextual() ? node.get("after_task_id").asText() : null,
                    node.path("task_id").asText(), "completed".equals(node.path("status").asText()),
                    node.path("file").asText(videoName(number))));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty(); // unreadable: treated as absent, the shot is not reused
        }
    }

    /**
     * @param dir a story's shot folder
     * @return every shot manifest in it, by number: the shots that were paid for (or are still running)
     */
    public static List<ShotManifest> readAll(Path dir) {
        List<ShotManifest> all = new ArrayList<>();
        if (dir == null || !Files.isDirectory(dir)) {
            return all;
        }
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.matches("shot-\\d{2,}\\.json")).sorted()
                    .forEach(n -> read(dir, Integer.parseInt(n.substring(5, n.length() - 5))).ifPresent(all::add));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        return all;
    }
}
