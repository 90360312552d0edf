package io.kling4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 item 1: nothing is paid for (no create, no upload reaches the server) before every local check passed.
 * The server counts every POST and answers each with 500, so any request that slips through is seen.
 */
class PreflightTest {
    @TempDir
    Path dir;

    private ScriptedServer server;
    private Map<String, String> env;

    @BeforeEach
    void start() throws Exception {
        server = new ScriptedServer((s, exchange, body) -> ScriptedServer.json(exchange, 500, "{\"error\":\"counted\"}"));
        env = Map.of("RUNAPI_API_KEY", "sk-preflight", "RUNAPI_BASE_URL", server.baseUrl());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private CliRunner.Result refused(String... args) {
        CliRunner.Result r = CliRunner.run(env, args);
        assertEquals(ExitCodes.INVALID, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertEquals(0, server.requests.size(), "requests sent: " + server.requests);
        assertFalse(r.err().contains("Exception") || r.err().contains("PT0S"), r.err());
        return r;
    }

    private Path png(String name) throws Exception {
        Path file = dir.resolve(name);
        ImageIO.write(new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
        return file;
    }

    private Path mp4(String name) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0});
        return file;
    }

    @Test
    void anOutputThatCannotBeCreatedIsRefusedBeforeTheSubmit() throws Exception {
        CliRunner.Result proc = refused("text-to-video", "--prompt", "x", "-o", "/proc/out.mp4");
        assertTrue(proc.err().startsWith("error: -o /proc/out.mp4: cannot create a file in /proc"), proc.err());
        Path file = Files.writeString(dir.resolve("plain.txt"), "not a folder");
        CliRunner.Result underFile = refused("text-to-video", "--prompt", "x", "-o", file.resolve("out.mp4").toString());
        assertTrue(underFile.err().contains("is a file, not a folder"), underFile.err());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "the probe left nothing behind");
        }
    }

    @Test
    void numericOptionsAreRangeCheckedBeforeTheSubmit() {
        CliRunner.Result zero = refused("text-to-video", "--prompt", "x", "--timeout", "0");
        assertEquals("error: --timeout = 0: must be 1 to 604800", zero.err().trim());
        refused("text-to-video", "--prompt", "x", "--request-timeout", "0");
        refused("wait", "task_1", "--timeout=-5");
    }

    @Test
    void theRulesAreCheckedWithPlaceholdersBeforeAnyUpload() throws Exception {
        CliRunner.Result r = refused("motion-control", "--model", "kling-v2.6", "--image", png("hero.png").toString(),
                "--video", mp4("dance.mp4").toString());
        assertTrue(r.err().contains("--orientation (character_orientation)"), r.err());
    }

    @Test
    void localFilesAreCheckedByContentNotByName() throws Exception {
        Path text = Files.writeString(dir.resolve("cat.png"), "hello, I am text", StandardCharsets.UTF_8);
        CliRunner.Result r = refused("image-to-video", "--first-frame", text.toString(), "--prompt", "x");
        assertTrue(r.err().contains("--first-frame: " + text + " is not a PNG, JPEG or WebP image"), r.err());
        Path fakeAudio = png("hello.mp3");
        CliRunner.Result audio = refused("avatar", "--image", png("face.png").toString(), "--audio", fakeAudio.toString(),
                "--prompt", "x");
        assertTrue(audio.err().contains("is not an MP3, WAV, M4A or AAC audio file"), audio.err());
        CliRunner.Result video = refused("motion-control", "--image", png("hero.png").toString(),
                "--video", png("dance.mp4").toString());
        assertTrue(video.err().contains("--video: ") && video.err().contains("is not an MP4 or MOV video"), video.err());
    }

    @Test
    void aFileOverTheUploadLimitIsRefusedWithTheLimitInBytes() throws Exception {
        Path big = png("big.png");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(LocalMedia.MAX_BYTES + 1);
        }
        CliRunner.Result r = refused("image-to-video", "--first-frame", big.toString(), "--prompt", "x");
        assertTrue(r.err().contains("is 10485761 bytes; RunAPI accepts at most 10485760 bytes per file"), r.err());
    }

    @Test
    void magicBytesOfEveryAcceptedKind() {
        assertTrue(LocalMedia.matches(LocalMedia.Kind.IMAGE, head(0xFF, 0xD8, 0xFF, 0xE0), 100));
        assertTrue(LocalMedia.matches(LocalMedia.Kind.IMAGE, head("RIFF\0\0\0\0WEBPVP8 "), 100));
        assertTrue(LocalMedia.matches(LocalMedia.Kind.AUDIO, head("ID3\4"), 100));
        assertTrue(LocalMedia.matches(LocalMedia.Kind.AUDIO, head("RIFF\0\0\0\0WAVEfmt "), 100));
        assertTrue(LocalMedia.matches(LocalMedia.Kind.AUDIO, head(0xFF, 0xF1, 0x50, 0x80), 100)); // ADTS AAC
        assertTrue(LocalMedia.matches(LocalMedia.Kind.AUDIO, head("\0\0\0\u0020ftypM4A "), 100));
        assertTrue(LocalMedia.matches(LocalMedia.Kind.VIDEO, head("\0\0\0\u0014ftypqt  "), 100));
        assertFalse(LocalMedia.matches(LocalMedia.Kind.VIDEO, head("RIFF\0\0\0\0AVI "), 100));
        assertFalse(LocalMedia.matches(LocalMedia.Kind.IMAGE, head("GIF89a"), 100));
    }

    private static byte[] head(String text) {
        return java.util.Arrays.copyOf(text.getBytes(StandardCharsets.ISO_8859_1), 16);
    }

    private static byte[] head(int... bytes) {
        byte[] h = new byte[16];
        for (int i = 0; i < bytes.length; i++) {
            h[i] = (byte) bytes[i];
        }
        return h;
    }
}
