package io.kling4j.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jcodec.api.awt.AWTFrameGrab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A completed task's MP4 decodes with JCodec into frames that show something (the prompt), not a flat colour. */
class VideoFrameTest {
    @TempDir
    Path temp;

    @Test
    void aDecodedFrameIsNotBlank() throws Exception {
        MutableClock clock = new MutableClock();
        try (KlingSandbox sandbox = KlingSandbox.builder().clock(clock).build().start()) {
            SandboxHttp http = new SandboxHttp(sandbox);
            String id = http.createdId(http.create("text_to_video",
                    "{\"model\":\"kling-3.0\",\"prompt\":\"A lighthouse in a storm\",\"duration_seconds\":3,"
                            + "\"aspect_ratio\":\"9:16\"}"));
            clock.advance(Duration.ofSeconds(4));
            String url = SandboxHttp.json(http.get("text_to_video", id)).path("videos").path(0).path("url").asText();
            HttpResponse<byte[]> mp4 = SandboxHttp.sendForBytes(HttpRequest.newBuilder(URI.create(url)).build());
            assertEquals(200, mp4.statusCode());

            BufferedImage frame = AWTFrameGrab.getFrame(Files.write(temp.resolve("v.mp4"), mp4.body()).toFile(), 5);

            assertEquals(180, frame.getWidth());
            assertEquals(320, frame.getHeight());
            int min = 255;
            int max = 0;
            long bright = 0;
            for (int y = 0; y < frame.getHeight(); y++) {
                for (int x = 0; x < frame.getWidth(); x++) {
                    int rgb = frame.getRGB(x, y);
                    int luma = (299 * ((rgb >> 16) & 0xff) + 587 * ((rgb >> 8) & 0xff) + 114 * (rgb & 0xff)) / 1000;
                    min = Math.min(min, luma);
                    max = Math.max(max, luma);
                    bright += luma > 200 ? 1 : 0;
                }
            }
            assertTrue(max - min > 100, "contrast " + min + ".." + max);
            long pixels = (long) frame.getWidth() * frame.getHeight();
            assertTrue(bright > pixels / 1000 && bright < pixels / 2, bright + " bright pixels of " + pixels);
        }
    }
}
