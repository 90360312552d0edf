package io.kling4j.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kling4j.client.errors.NotFoundException;
import io.kling4j.generated.model.TaskResponse;
import io.kling4j.generated.model.Video;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DownloadTest {
    private final ScriptedServer api = new ScriptedServer();
    private final ScriptedServer cdn = new ScriptedServer();
    private final KlingClient client = KlingClient.builder().apiKey("sk-download-key").baseUrl(api.baseUrl()).build();

    @TempDir
    Path dir;

    DownloadTest() throws Exception {
    }

    @AfterEach
    void close() {
        client.close();
        api.close();
        cdn.close();
    }

    private KlingTask completed(String url) {
        return KlingTask.fromJson(Endpoint.of("text_to_video"),
                "{\"id\":\"t1\",\"status\":\"completed\",\"videos\":[{\"url\":\"" + url + "\"}]}");
    }

    @Test
    void streamsTheVideoIntoTheDirectoryWithoutSendingTheKeyToTheCdn() throws Exception {
        byte[] video = new byte[300_000];
        new Random(1).nextBytes(video);
        cdn.then(new ScriptedServer.Reply(200, Map.of("Content-Type", "video/mp4"), video));
        Path file = client.download(completed(cdn.baseUrl() + "/videos/t1.mp4"), dir);
        assertEquals(dir.resolve("t1.mp4"), file);
        assertArrayEquals(video, Files.readAllBytes(file));
        assertNull(cdn.requests.get(0).header("Authorization"));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void theApiOriginGetsTheKey() {
        api.then(new ScriptedServer.Reply(200, Map.of(), new byte[] {1, 2, 3}));
        client.download(URI.create(api.baseUrl() + "/files/v.mp4"), dir.resolve("v.mp4"));
        assertEquals("Bearer sk-download-key", api.requests.get(0).header("Authorization"));
    }

    @Test
    void aFailedDownloadLeavesNoFileBehind() throws Exception {
        cdn.then(ScriptedServer.Reply.json(404, "{\"error\":{\"code\":\"not_found\",\"message\":\"gone\"}}"));
        Path target = dir.resolve("out.mp4");
        assertThrows(NotFoundException.class, () -> client.download(completed(cdn.baseUrl() + "/v.mp4"), target));
        assertFalse(Files.exists(target));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void taskIdsCannotEscapeTheDirectory() {
        assertEquals(".._.._etc_passwd", io.kling4j.client.internal.ClientSupport.safeFileName("../../etc/passwd"));
        assertThrows(IllegalArgumentException.class, () -> io.kling4j.client.internal.ClientSupport.safeFileName(".."));
    }
}
