package io.kling4j.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kling4j.client.Endpoint;
import io.kling4j.client.KlingClient;
import io.kling4j.client.WaitOptions;
import io.kling4j.client.errors.TaskFailedException;
import io.kling4j.sandbox.KlingSandbox;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A two-shot story against the sandbox: chained by the last frame, joined into one MP4. */
class StoryChainTest {
    private static KlingSandbox sandbox;
    private static KlingClient client;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        sandbox = KlingSandbox.builder().pendingFor(Duration.ofMillis(50)).processingFor(Duration.ofMillis(100))
                .build().start();
        client = KlingClient.builder().apiKey(sandbox.apiKey()).baseUrl(sandbox.baseUri()).build();
    }

    @AfterAll
    static void stop() {
        client.close();
        sandbox.close();
    }

    private static WaitOptions fastWait() {
        return WaitOptions.builder().pollInterval(Duration.ofMillis(50)).timeout(Duration.ofSeconds(60)).build();
    }

    @Test
    void eachShotStartsFromThePreviousLastFrameAndTheShotsAreJoined() throws Exception {
        Map<Integer, String> uploads = new ConcurrentHashMap<>();
        List<Integer> completed = new ArrayList<>();
        Path shots = dir.resolve("shots");
        StoryResult story = StoryChain.builder(client).aspectRatio("16:9").waitOptions(fastWait()).keepShotsIn(shots)
                .listener(new StoryListener() {
                    @Override
                    public void onShotCompleted(int index, io.kling4j.client.KlingTask task) {
                        completed.add(index);
                    }

                    @Override
                    public void onFirstFrameUploaded(int index, String url) {
                        uploads.put(index, url);
                    }
                })
                .build().generate(List.of(new StoryShot("A fox wakes up", 5), new StoryShot("It runs", 5)),
                        dir.resolve("story.mp4"));

        assertEquals(List.of(0, 1), completed);
        assertEquals(Endpoint.of("text_to_video"), story.shots().get(0).endpoint());
        assertEquals(Endpoint.of("image_to_video"), story.shots().get(1).endpoint());
        int first = Frames.forEach(shots.resolve("shot-01.mp4"), f -> { });
        int second = Frames.forEach(shots.resolve("shot-02.mp4"), f -> { });
        assertEquals(first + second, story.frames());
        assertEquals(story.frames(), Frames.forEach(story.video(), f -> { }));

        // The uploaded first frame of shot 2 is shot 1's last frame.
        HttpResponse<byte[]> png = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(uploads.get(1))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, png.statusCode());
        BufferedImage uploaded = ImageIO.read(new ByteArrayInputStream(png.body()));
        BufferedImage last = Frames.last(shots.resolve("shot-01.mp4"));
        assertEquals(last.getWidth(), uploaded.getWidth());
        assertEquals(last.getRGB(last.getWidth() / 2, last.getHeight() / 2),
                uploaded.getRGB(last.getWidth() / 2, last.getHeight() / 2));
    }

    @Test
    void withoutContinuityEveryShotIsTextToVideoAndTempShotsAreRemoved() {
        StoryResult story = StoryChain.builder(client).continuity(false).waitOptions(fastWait()).build()
                .generate(List.of(new StoryShot("One", 3), new StoryShot("Two", 3)), dir.resolve("s.mp4"));
        assertTrue(story.shots().stream().allMatch(t -> t.endpoint() == Endpoint.of("text_to_video")));
        assertTrue(Files.exists(dir.resolve("s.mp4")));
    }

    @Test
    void theJoinedStoryGetsTheUsersUmaskLikeAnyNewFile() throws Exception {
        StoryChain.builder(client).continuity(false).waitOptions(fastWait()).build()
                .generate(List.of(new StoryShot("One", 3)), dir.resolve("umask.mp4"));
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        assertEquals(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(plain)),
                java.nio.file.attribute.PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(dir.resolve("umask.mp4"))));
    }

    @Test
    void aFailedShotStopsTheStoryAndWritesNoVideo() {
        assertThrows(TaskFailedException.class, () -> StoryChain.builder(client).waitOptions(fastWait()).build()
                .generate(List.of(new StoryShot("[fail] no", 3)), dir.resolve("f.mp4")));
        assertFalse(Files.exists(dir.resolve("f.mp4")));
        assertThrows(IllegalArgumentException.class, () -> new StoryShot(" ", 3));
    }

    @Test
    void aResumedStoryReusesEveryKeptShotAndSubmitsNothing() {
        Path shots = dir.resolve("story.shots");
        List<StoryShot> board = List.of(new StoryShot("A fox wakes up", 5), new StoryShot("It runs", 5));
        int before = sandbox.taskCount();
        StoryChain.builder(client).waitOptions(fastWait()).keepShotsIn(shots).build()
                .generate(board, dir.resolve("first.mp4"));
        assertEquals(before + 2, sandbox.taskCount());
        assertEquals(2, ShotManifest.readAll(shots).size());
        assertTrue(ShotManifest.readAll(shots).stream().allMatch(ShotManifest::completed));

        List<Integer> reused = new ArrayList<>();
        StoryChain again = StoryChain.builder(client).waitOptions(fastWait()).keepShotsIn(shots).resume(true)
                .listener(new StoryListener() {
                    @Override
                    public void onShotReused(int index, io.kling4j.client.KlingTask task) {
                        reused.add(index);
                    }
                }).build();
        assertTrue(again.plan(board).stream().allMatch(StoryChain.PlannedShot::reused));
        StoryResult story = again.generate(board, dir.resolve("again.mp4"));
        assertEquals(before + 2, sandbox.taskCount(), "no shot was submitted again");
        assertEquals(List.of(0, 1), reused);
        assertTrue(story.frames() > 0);

        assertThrows(IllegalArgumentException.class, () -> StoryChain.builder(client).keepShotsIn(shots).build()
                .generate(board, dir.resolve("third.mp4")), "a kept folder is not overwritten without resume");
        assertEquals(before + 2, sandbox.taskCount());
    }

    @Test
    void aChangedShotIsSubmittedAgainAndSoAreTheShotsAfterIt() {
        Path shots = dir.resolve("story.shots");
        StoryChain.builder(client).waitOptions(fastWait()).keepShotsIn(shots).build().generate(
                List.of(new StoryShot("One", 5), new StoryShot("Two", 5), new StoryShot("Three", 5)), dir.resolve("a.mp4"));
        List<StoryShot> changed = List.of(new StoryShot("One", 5), new StoryShot("Two, but at night", 5),
                new StoryShot("Three", 5));
        List<StoryChain.PlannedShot> plan = StoryChain.builder(client).keepShotsIn(shots).resume(true).build()
                .plan(changed);
        assertEquals(List.of(true, false, false), plan.stream().map(StoryChain.PlannedShot::reused).toList());
        int before = sandbox.taskCount();
        StoryChain.builder(client).waitOptions(fastWait()).keepShotsIn(shots).resume(true).build()
                .generate(changed, dir.resolve("b.mp4"));
        assertEquals(before + 2, sandbox.taskCount(), "shot 1 reused, shots 2 and 3 paid once each");
    }
}
