package io.kling4j.sandbox;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jcodec.api.awt.AWTFrameGrab;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CdnTest {
    private static final MutableClock CLOCK = new MutableClock();
    private static KlingSandbox sandbox;
    private static SandboxHttp http;
    private static String defaultVideoUrl;

    @TempDir
    Path temp;

    @BeforeAll
    static void start() {
        sandbox = KlingSandbox.builder().clock(CLOCK).build().start();
        http = new SandboxHttp(sandbox);
        defaultVideoUrl = completedVideoUrl("{\"model\":\"kling-3.0\",\"prompt\":\"A red fox running through fresh"
                + " snow at dawn, cinematic\"}");
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void downloadIsARealH264Mp4OfTheDefaultShape() throws Exception {
        HttpResponse<byte[]> response = download(defaultVideoUrl, null);
        assertEquals(200, response.statusCode());
        assertEquals("video/mp4", response.headers().firstValue("Content-Type").orElseThrow());
        byte[] mp4 = response.body();
        assertEquals(mp4.length, response.headers().firstValueAsLong("Content-Length").orElseThrow());
        assertEquals("ftyp", Mp4Inspector.firstBoxType(mp4));
        assertEquals(5.0, Mp4Inspector.durationSeconds(mp4), 0.5);
        assertFrameSize(mp4, 320, 180);
        assertTrue(response.headers().firstValue("x-request-id").orElseThrow().startsWith("req_"));
    }

    @ParameterizedTest
    @CsvSource({"9:16, 3, 180, 320", "1:1, 15, 240, 240"})
    void durationAndAspectRatioFollowTheRequest(String ratio, int seconds, int width, int height) throws Exception {
        String url = completedVideoUrl("{\"model\":\"kling-3.0\",\"prompt\":\"Shape " + ratio + "\","
                + "\"aspect_ratio\":\"" + ratio + "\",\"duration_seconds\":" + seconds + "}");
        byte[] mp4 = download(url, null).body();
        assertEquals("ftyp", Mp4Inspector.firstBoxType(mp4));
        assertEquals(seconds, Mp4Inspector.durationSeconds(mp4), 0.5);
        assertFrameSize(mp4, width, height);
    }

    @Test
    void rangeRequestsReturnTheRightBytes() {
        byte[] full = download(defaultVideoUrl, null).body();
        int length = full.length;

        HttpResponse<byte[]> head = download(defaultVideoUrl, "bytes=0-99");
        assertEquals(206, head.statusCode());
        assertEquals("bytes 0-99/" + length, head.headers().firstValue("Content-Range").orElseThrow());
        assertEquals(100, head.headers().firstValueAsLong("Content-Length").orElseThrow());
        assertArrayEquals(Arrays.copyOfRange(full, 0, 100), head.body());

        HttpResponse<byte[]> middle = download(defaultVideoUrl, "bytes=1000-");
        assertEquals("bytes 1000-" + (length - 1) + "/" + length,
                middle.headers().firstValue("Content-Range").orElseThrow());
        assertArrayEquals(Arrays.copyOfRange(full, 1000, length), middle.body());

        HttpResponse<byte[]> tail = download(defaultVideoUrl, "bytes=-64");
        assertArrayEquals(Arrays.copyOfRange(full, length - 64, length), tail.body());

        HttpResponse<byte[]> beyond = download(defaultVideoUrl, "bytes=" + (length + 10) + "-");
        assertEquals(416, beyond.statusCode());
        assertEquals("bytes */" + length, beyond.headers().firstValue("Content-Range").orElseThrow());
    }

    @Test
    void headGivesTheLengthWithoutABody() {
        long length = download(defaultVideoUrl, null).body().length;
        HttpResponse<byte[]> head = SandboxHttp.sendForBytes(HttpRequest.newBuilder(URI.create(defaultVideoUrl))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, head.statusCode());
        assertEquals(length, head.headers().firstValueAsLong("Content-Length").orElseThrow());
        assertEquals("video/mp4", head.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("bytes", head.headers().firstValue("Accept-Ranges").orElseThrow());
        assertEquals(0, head.body().length);
    }

    @Test
    void unknownOrUnfinishedVideosAreNotFound() {
        assertEquals(404, download(sandbox.cdnUri() + "/videos/task_nope.mp4", null).statusCode());
        assertEquals(404, download(sandbox.cdnUri() + "/elsewhere", null).statusCode());
        String pending = http.createdId(http.create("text_to_video", "{\"model\":\"kling-3.0\",\"prompt\":\"p\"}"));
        assertEquals(404, download(sandbox.cdnUri() + "/videos/" + pending + ".mp4", null).statusCode());
        HttpResponse<byte[]> post = SandboxHttp.sendForBytes(HttpRequest.newBuilder(URI.create(defaultVideoUrl))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(405, post.statusCode());
    }

    @Test
    void cdnNeverReceivesTheApiKey() {
        download(defaultVideoUrl, null);
        download(defaultVideoUrl, "bytes=0-9");
        List<Map<String, String>> seen = sandbox.cdnRequestHeaders();
        assertFalse(seen.isEmpty());
        for (Map<String, String> headers : seen) {
            assertFalse(headers.containsKey("Authorization"), headers.toString());
            assertFalse(headers.containsKey("authorization"), headers.toString());
            assertFalse(headers.values().stream().anyMatch(value -> value.contains(sandbox.apiKey())));
        }
        assertTrue(seen.get(seen.size() - 1).containsKey("range"), "names are case-insensitive");
    }

    @Test
    void concurrentFirstDownloadsRenderOnlyOnce() {
        String body = "{\"model\":\"kling-3.0\",\"prompt\":\"Rendered once\",\"duration_seconds\":3}";
        String url = completedVideoUrl(body);
        String twin = completedVideoUrl(body);
        int before = sandbox.renderCount();
        List<CompletableFuture<HttpResponse<byte[]>>> downloads = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            downloads.add(SandboxHttp.CLIENT.sendAsync(HttpRequest.newBuilder(URI.create(i % 2 == 0 ? url : twin))
                    .build(), HttpResponse.BodyHandlers.ofByteArray()));
        }
        byte[] first = downloads.get(0).join().body();
        for (CompletableFuture<HttpResponse<byte[]>> download : downloads) {
            assertEquals(200, download.join().statusCode());
            assertArrayEquals(first, download.join().body());
        }
        assertEquals(before + 1, sandbox.renderCount());
    }

    private void assertFrameSize(byte[] mp4, int width, int height) throws Exception {
        Path file = Files.write(temp.resolve("video.mp4"), mp4);
        BufferedImage frame = AWTFrameGrab.getFrame(file.toFile(), 2);
        assertEquals(width, frame.getWidth());
        assertEquals(height, frame.getHeight());
    }

    private static String completedVideoUrl(String body) {
        String id = http.createdId(http.create("text_to_video", body));
        CLOCK.advance(Duration.ofSeconds(4));
        return SandboxHttp.json(http.get("text_to_video", id)).get("videos").get(0).get("url").asText();
    }

    private static HttpResponse<byte[]> download(String url, String range) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        if (range != null) {
            request.header("Range", range);
        }
        return SandboxHttp.sendForBytes(request.build());
    }
}
