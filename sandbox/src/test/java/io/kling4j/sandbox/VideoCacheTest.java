package io.kling4j.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VideoCacheTest {
    @TempDir
    Path temp;

    @Test
    void rendersEachSpecOnceAndDeletesEverythingOnClose() throws IOException {
        Path directory = Files.createDirectory(temp.resolve("videos"));
        VideoCache cache = new VideoCache(directory, new VideoRenderer(), SandboxThreads.fixedPool("test", 1));
        VideoSpec spec = new VideoSpec("cached", 1, "1:1");
        Path first = cache.file(spec);
        assertEquals(first, cache.file(new VideoSpec("cached", 1, "1:1")));
        assertEquals(1, cache.renderCount());
        assertTrue(Files.size(first) > 0);

        cache.close();
        assertFalse(Files.exists(directory));
    }

    @Test
    void aFailedRenderIsRetriedOnTheNextRequest() throws IOException {
        AtomicInteger attempts = new AtomicInteger();
        VideoRenderer flaky = new VideoRenderer() {
            @Override
            void render(VideoSpec spec, Path target) throws IOException {
                if (attempts.incrementAndGet() == 1) {
                    throw new IOException("disk full");
                }
                super.render(spec, target);
            }
        };
        try (VideoCache cache = new VideoCache(temp, flaky, SandboxThreads.fixedPool("test", 1))) {
            VideoSpec spec = new VideoSpec("retry", 1, "16:9");
            assertThrows(IOException.class, () -> cache.file(spec));
            assertTrue(Files.exists(cache.file(spec)));
            assertEquals(2, attempts.get());
        }
    }
}
