package io.kling4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kling4j.client.Endpoint;
import io.kling4j.client.KlingTask;
import io.kling4j.generated.model.TaskResponse;
import io.kling4j.client.TaskStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11 item 7 (one short line per error) and item 8 (terminal manners, the user's umask). */
class MessagesAndTerminalTest {
    private static final String KEY = "sk-cli-messages";
    @RegisterExtension
    static final CliRunner cli = CliRunner.onSandbox(KEY);

    @TempDir
    Path dir;

    @Test
    void aHugePromptGivesAShortLine() {
        CliRunner.Result r = cli.run("text-to-video", "--prompt", "x".repeat(100_000), "-o", dir.resolve("a.mp4").toString());
        assertEquals(ExitCodes.INVALID, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().length() < 400, r.err().length() + " characters: " + r.err());
        assertTrue(r.err().contains("--prompt (prompt) = \"xxx"), r.err());
    }

    @Test
    void aBadDurationIsOneViolationNamingOptionAndField() {
        CliRunner.Result r = cli.run("text-to-video", "--prompt", "x", "--duration", "99", "-o", dir.resolve("a.mp4").toString());
        assertEquals(ExitCodes.INVALID, r.code(), r.err());
        Matcher m = Pattern.compile("--duration \\(duration_seconds\\) = 99: ").matcher(r.err());
        assertTrue(m.find(), r.err());
        assertFalse(m.find(), "one violation only: " + r.err());
        assertTrue(r.err().contains("for kling-3.0"), r.err());
    }

    @Test
    void storyboardSyntaxErrorsGiveLineAndColumn() throws Exception {
        Path yaml = Files.writeString(dir.resolve("board.yaml"), "shots:\n  - prompt: [unclosed\n");
        CliRunner.Result r = cli.run("text-to-video", "--storyboard", yaml.toString(), "-o", dir.resolve("a.mp4").toString());
        assertEquals(ExitCodes.INVALID, r.code(), r.err());
        assertTrue(r.err().matches("(?s)error: storyboard .*board\\.yaml line \\d+, column \\d+: .*"), r.err());
        Path json = Files.writeString(dir.resolve("board.json"), "{\"shots\": [\n  {\"prompt\": }\n]}");
        CliRunner.Result j = cli.run("text-to-video", "--storyboard", json.toString(), "-o", dir.resolve("a.mp4").toString());
        assertTrue(j.err().contains("board.json line 2, column "), j.err());
        assertFalse(j.err().contains("Exception"), j.err());
    }

    @Test
    void javaNamesAndIsoDurationsAreSaidInWords() {
        assertEquals("cannot connect: refused; waited 90 s",
                Errors.humane("cannot connect: java.net.ConnectException: refused; waited PT1M30S"));
    }

    @Test
    void theLiveProgressLineNeverWraps() {
        KlingTask task = KlingTask.fromJson(Endpoint.of("text_to_video"),
                "{\"id\":\"task_0123456789abcdef0123456789\",\"status\":\"processing\"}");
        for (int columns : new int[] {20, 40, 60, 80, 120}) {
            String line = Progress.line(task, 123_456, columns);
            assertTrue(line.length() <= columns - 1, columns + ": " + line);
        }
        assertTrue(Progress.line(task, 1000, 120).startsWith("[#############.......]"));
    }

    @Test
    void helpFitsTheTerminalAndNeverSplitsAUrl() {
        for (String command : new String[] {"image-to-video", "motion-control", "edit"}) {
            Map<String, String> narrow = new HashMap<>(Map.of("COLUMNS", "60"));
            CliRunner.Result help = CliRunner.run(narrow, command, "--help");
            assertEquals(0, help.code());
            help.out().lines().forEach(line -> assertTrue(line.length() <= 60, line.length() + ": " + line));
            CliRunner.Result wide = CliRunner.run(Map.of("COLUMNS", "200"), command, "--help");
            Matcher urls = Pattern.compile("https://\\S+").matcher(wide.out());
            while (urls.find()) {
                assertTrue(help.out().contains(urls.group()), "URL split at 60 columns: " + urls.group());
            }
        }
    }

    @Test
    void aDownloadedVideoGetsTheUsersUmaskLikeAnyNewFile() throws Exception {
        Path video = dir.resolve("fox.mp4");
        CliRunner.Result r = cli.run("text-to-video", "--prompt", "A fox", "-o", video.toString());
        assertEquals(0, r.code(), r.err());
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        assertEquals(PosixFilePermissions.toString(Files.getPosixFilePermissions(plain)),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(video)));
    }
}
