package io.kling4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Every task-creating command of the CLI, end to end against a sandbox. */
class TaskCommandsTest {
    private static final String KEY = "sk-cli-task-commands";
    @RegisterExtension
    static final CliRunner cli = CliRunner.onSandbox(KEY);

    @TempDir
    Path dir;

    private String completedTextToVideo() {
        CliRunner.Result r = cli.run("text-to-video", "--prompt", "A fox", "--duration", "5", "--json",
                "-o", dir.resolve("source.mp4").toString());
        assertEquals(0, r.code(), r.err());
        return r.taskId();
    }

    @Test
    void editAndExtendContinueACompletedTask() throws Exception {
        String source = completedTextToVideo();
        Path edited = dir.resolve("edited.mp4");
        CliRunner.Result edit = cli.run("edit", "--source-task", source, "--prompt", "Make it snow", "-o", edited.toString());
        assertEquals(0, edit.code(), edit.err());
        assertTrue(CliRunner.isMp4(edited));
        CliRunner.Result extend = cli.run("extend", source, "--prompt", "The fox jumps", "--json",
                "-o", dir.resolve("extended.mp4").toString());
        assertEquals(0, extend.code(), extend.err());
        assertTrue(extend.out().contains("\"endpoint\":\"extend_video\""), extend.out());
        assertTrue(extend.out().contains("\"status\":\"completed\""), extend.out());
        CliRunner.Result status = cli.run("status", extend.taskId(), "--endpoint", "extend-video");
        assertTrue(status.out().startsWith(extend.taskId() + " completed"), status.out());
    }

    @Test
    void editNeedsExactlyOneSource() {
        CliRunner.Result r = cli.run("edit", "--prompt", "x");
        assertEquals(ExitCodes.INVALID, r.code());
        assertEquals("error: give exactly one of --source-video and --source-task", r.err().trim());
    }

    @Test
    void imageToVideoUploadsALocalImageFirst() throws Exception {
        Path png = dir.resolve("cat.png");
        ImageIO.write(new BufferedImage(64, 36, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        Path video = dir.resolve("cat.mp4");
        CliRunner.Result r = cli.run("image-to-video", "--first-frame", png.toString(), "--prompt", "The cat blinks",
                "-o", video.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("Uploaded " + png), r.err());
        assertTrue(CliRunner.isMp4(video));
    }

    @Test
    void aMissingLocalFileIsAnInvalidInput() {
        CliRunner.Result r = cli.run("image-to-video", "--first-frame", dir.resolve("nope.png").toString(),
                "--prompt", "x");
        assertEquals(ExitCodes.INVALID, r.code());
        assertTrue(r.err().startsWith("error: --first-frame: "), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void avatarAndMotionControlRunToAVideo() throws Exception {
        Path face = dir.resolve("face.png");
        ImageIO.write(new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB), "png", face.toFile());
        CliRunner.Result avatar = cli.run("avatar", "--image", face.toString(), "--audio",
                "https://example.com/hello.mp3", "--prompt", "Friendly", "-o", dir.resolve("avatar.mp4").toString());
        assertEquals(0, avatar.code(), avatar.err());
        assertTrue(CliRunner.isMp4(dir.resolve("avatar.mp4")));
        CliRunner.Result motion = cli.run("motion-control", "--image", "https://example.com/hero.png",
                "--video", "https://example.com/dance.mp4", "--json", "-o", dir.resolve("motion.mp4").toString());
        assertEquals(0, motion.code(), motion.err());
        assertTrue(motion.out().contains("\"endpoint\":\"motion_control\""), motion.out());
    }

    @Test
    void aSpecRuleViolationIsOneLineWithTheField() {
        CliRunner.Result r = cli.run("motion-control", "--model", "kling-v2.6", "--image", "https://example.com/a.png",
                "--video", "https://example.com/b.mp4");
        assertEquals(ExitCodes.INVALID, r.code(), r.err());
        assertTrue(r.err().contains("character_orientation"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void aStoryboardBecomesOneMultiShotTask() throws Exception {
        Path board = dir.resolve("board.yaml");
        Files.writeString(board, "shots:\n  - prompt: A fox wakes up\n    duration: 3\n"
                + "  - prompt: The fox runs into the snow\n    duration: 4\n");
        Path video = dir.resolve("multi.mp4");
        CliRunner.Result r = cli.run("text-to-video", "--storyboard", board.toString(), "-o", video.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(CliRunner.isMp4(video));
        Path json = dir.resolve("board.json");
        Files.writeString(json, "{\"shots\": [{\"prompt\": \"\"}]}");
        CliRunner.Result bad = cli.run("text-to-video", "--storyboard", json.toString());
        assertEquals(ExitCodes.INVALID, bad.code());
        assertTrue(bad.err().contains("shots[0].prompt is required"), bad.err());
    }

    @Test
    void storyChainsTwoShotsIntoOneMp4() throws Exception {
        Path board = dir.resolve("story.yaml");
        Files.writeString(board, "aspect_ratio: \"16:9\"\nshots:\n  - {prompt: A fox wakes up, duration: 5}\n"
                + "  - {prompt: It runs, duration: 5}\n");
        Path video = dir.resolve("story.mp4");
        CliRunner.Result r = cli.run("story", board.toString(), "-o", video.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        assertTrue(CliRunner.isMp4(video));
        assertTrue(r.out().contains("\"endpoint\":\"text_to_video\""), r.out());
        assertTrue(r.out().contains("\"endpoint\":\"image_to_video\""), r.out());
        assertTrue(r.err().contains("Shot 2/2: image_to_video task "), r.err());
    }
}
