package io.kling4j.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kling4j.client.errors.NetworkException;
import io.kling4j.generated.model.TaskResponse;
import io.kling4j.generated.model.Video;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dropped CDN connection is resumed with Range; the file is byte-identical or absent. */
class DownloadResumeTest {
    private final RawServer cdn = new RawServer();
    private final KlingClient client = KlingClient.builder().apiKey("sk-resume").baseUrl("http://127.0.0.1:9").build();
    private final byte[] video = new byte[1_000_000];

    @TempDir
    Path dir;

    DownloadResumeTest() throws Exception {
        new Random(7).nextBytes(video);
    }

    @AfterEach
    void close() throws Exception {
        client.close();
        cdn.close();
    }

    private RawServer.Handler halfThenClose() {
        return (request, socket) -> {
            RawServer.writeHead(socket, 200, Map.of("Content-Type", "video/mp4"), video.length);
            socket.getOutputStream().write(video, 0, video.length / 2);
            socket.getOutputStream().flush();
            socket.shutdownOutput(); // then the connection closes, half the body missing
        };
    }

    @Test
    void aDroppedTransferIsResumedWithRangeAndTheFileIsByteIdentical() throws Exception {
        cdn.then(halfThenClose()).then((request, socket) -> {
            long from = Long.parseLong(request.header("Range").replaceAll("bytes=(\\d+)-", "$1"));
            RawServer.writeHead(socket, 206, Map.of("Content-Type", "video/mp4",
                    "Content-Range", "bytes " + from + "-" + (video.length - 1) + "/" + video.length),
                    video.length - from);
            socket.getOutputStream().write(video, (int) from, (int) (video.length - from));
        });
        Path target = dir.resolve("fox.mp4");
        KlingTask task = KlingTask.fromJson(Endpoint.of("text_to_video"),
                "{\"id\":\"t1\",\"status\":\"completed\",\"videos\":[{\"url\":\"" + cdn.baseUrl() + "/v/t1.mp4?sig=abc\"}]}");
        assertEquals(target, client.download(task, target));
        assertArrayEquals(video, Files.readAllBytes(target));
        assertEquals(2, cdn.requests.size());
        assertNull(cdn.requests.get(0).header("Range"));
        // resumes where the client's copy ended: at most half (a close may also drop bytes still in flight)
        String range = cdn.requests.get(1).header("Range");
        assertTrue(range.matches("bytes=\\d+-"), range);
        long from = Long.parseLong(range.substring(6, range.length() - 1));
        assertTrue(from > 0 && from <= video.length / 2, range);
        assertNull(cdn.requests.get(1).header("Authorization"));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList()); // no .part left
        }
    }

    @Test
    void aServerThatIgnoresRangeRestartsTheCopy() throws Exception {
        cdn.then(halfThenClose()).then((request, socket) -> RawServer.respond(socket, 200, Map.of(), video));
        Path target = dir.resolve("fox.mp4");
        client.download(URI.create(cdn.baseUrl() + "/v/t1.mp4"), target);
        assertArrayEquals(video, Files.readAllBytes(target));
    }

    @Test
    void whenResumesRunOutNoFileIsLeft() throws Exception {
        for (int i = 0; i < 3; i++) {
            cdn.then(halfThenClose()); // the client default: 2 resumes
        }
        Path target = dir.resolve("fox.mp4");
        assertThrows(NetworkException.class, () -> client.download(URI.create(cdn.baseUrl() + "/v.mp4"), target));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
        assertEquals(3, cdn.requests.size());
    }

    @Test
    void targetsNamedDotDotAreRefused() {
        KlingTask task = KlingTask.fromJson(Endpoint.of("text_to_video"),
                "{\"id\":\"t1\",\"status\":\"completed\",\"videos\":[{\"url\":\"" + cdn.baseUrl() + "/v.mp4\"}]}");
        for (Path bad : List.of(dir.resolve(".."), dir.resolve("sub/.."), Path.of(".."))) {
            assertThrows(IllegalArgumentException.class, () -> client.download(task, bad), bad.toString());
            assertThrows(IllegalArgumentException.class,
                    () -> client.download(URI.create(cdn.baseUrl() + "/v.mp4"), bad), bad.toString());
        }
        assertEquals(0, cdn.requests.size());
        assertFalse(Arrays.asList(dir.toFile().list()).contains("t1.mp4"));
    }
}
