package io.kling4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code kling story}: the estimate before the first shot, {@code --max-cost} and {@code --confirm-above} refusing
 * with zero creates, the visible shot folder, and {@code --resume} paying for no shot twice (the sandbox's task
 * count proves it). A 5 s shot costs 0.35 USD in the sandbox (720p, no sound).
 */
class StoryCostAndResumeTest extends FreshSandboxCliTest {
    private Path board(String secondPrompt) throws Exception {
        return Files.writeString(dir.resolve("board.yaml"), "shots:\n  - {prompt: \"A fox wakes up\", duration: 5}\n"
                + "  - {prompt: \"" + secondPrompt + "\", duration: 5}\n");
    }

    @Test
    void theEstimateComesFirstAndTheShotsStayBesideTheOutput() throws Exception {
        Path video = dir.resolve("story.mp4");
        CliRunner.Result r = cli.run("story", board("It runs").toString(), "-o", video.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("Estimate: 0.70 USD for 2 new shots."), r.err());
        assertTrue(r.err().indexOf("Estimate:") < r.err().indexOf("Shot 1/2"), r.err());
        Path shots = dir.resolve("story.shots");
        assertTrue(r.err().contains("Shots are kept in " + shots), r.err());
        assertTrue(Files.isRegularFile(shots.resolve("shot-01.mp4")) && Files.isRegularFile(shots.resolve("shot-02.json")));
        assertEquals(2, sandbox.taskCount());

        CliRunner.Result again = cli.run("story", board("It runs").toString(), "-o", video.toString());
        assertEquals(ExitCodes.INVALID, again.code(), "the kept shots are not overwritten without --resume");
        assertTrue(again.err().contains("--resume " + shots), again.err());
        assertEquals(2, sandbox.taskCount());
    }

    @Test
    void resumeReusesEveryCompletedShot() throws Exception {
        Path video = dir.resolve("story.mp4");
        assertEquals(0, cli.run("story", board("It runs").toString(), "-o", video.toString()).code());
        Files.delete(video);
        CliRunner.Result r = cli.run("story", board("It runs").toString(), "-o", video.toString(),
                "--resume", dir.resolve("story.shots").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("Estimate: 0.00 USD for 0 new shots (2 reused from "), r.err());
        assertEquals(2, sandbox.taskCount(), "no shot was submitted again");
        assertTrue(CliRunner.isMp4(video));
    }

    @Test
    void aFailedStoryNamesThePaidShotsAndItsResumeCommandWorksAsPrinted() throws Exception {
        Path video = dir.resolve("story.mp4");
        CliRunner.Result failed = cli.run("story", board("It runs [fail]").toString(), "-o", video.toString());
        assertEquals(ExitCodes.TASK_FAILED, failed.code(), failed.err());
        assertTrue(failed.err().contains("Paid shots kept in " + dir.resolve("story.shots") + ": 1 (task "), failed.err());
        assertFalse(Files.exists(video));
        assertEquals(2, sandbox.taskCount());

        board("It runs"); // the user fixes shot 2, then runs the printed command
        String printed = failed.err().lines().filter(l -> l.startsWith("Resume without paying for them again: "))
                .findFirst().orElseThrow().substring("Resume without paying for them again: kling ".length());
        CliRunner.Result resumed = cli.run(printed.split(" "));
        assertEquals(0, resumed.code(), resumed.err());
        assertTrue(resumed.err().contains("Shot 1/2: reused task"), resumed.err());
        assertEquals(3, sandbox.taskCount(), "shot 1 reused; only the fixed shot 2 was submitted");
        assertTrue(CliRunner.isMp4(video));
    }

    @Test
    void maxCostAndConfirmAboveRefuseBeforeTheFirstShot() throws Exception {
        String story = board("It runs").toString();
        CliRunner.Result tooDear = cli.run("story", story, "--max-cost", "0.50");
        assertEquals(ExitCodes.INVALID, tooDear.code(), tooDear.err());
        assertTrue(tooDear.err().contains("error: --max-cost 0.50: this story costs 0.70 USD for 2 new shots"),
                tooDear.err());
        CliRunner.Result unconfirmed = cli.run("story", story, "--confirm-above", "0.50");
        assertEquals(ExitCodes.INVALID, unconfirmed.code(), unconfirmed.err());
        assertTrue(unconfirmed.err().contains("above --confirm-above 0.50; add --yes to go ahead"), unconfirmed.err());
        CliRunner.Result quoted = cli.run("quote", "story", story);
        assertEquals(0, quoted.code(), quoted.err());
        assertEquals("story: 0.70 USD for 2 new shots (quote only; nothing was submitted)", quoted.out().trim());
        assertEquals(0, sandbox.taskCount(), "nothing was created");
        CliRunner.Result confirmed = cli.run("story", story, "--confirm-above", "0.50", "--yes",
                "-o", dir.resolve("s.mp4").toString());
        assertEquals(0, confirmed.code(), confirmed.err());
        assertEquals(2, sandbox.taskCount());
    }

    @Test
    void aStoryThatCannotBePricedNeedsYes() throws Exception {
        String story = board("It runs").toString();
        sandbox.faults().on("POST", "price_quotes").respond(404, null);
        CliRunner.Result r = cli.run("story", story, "-o", dir.resolve("s.mp4").toString());
        assertEquals(ExitCodes.INVALID, r.code(), r.err());
        assertTrue(r.err().contains("Estimate: unavailable ("), r.err());
        assertTrue(r.err().contains("error: this story could not be priced; add --yes to go ahead"), r.err());
        CliRunner.Result limited = cli.run("story", story, "--max-cost", "5", "--yes");
        assertEquals(ExitCodes.INVALID, limited.code(), "a limit cannot be kept without a price: " + limited.err());
        assertEquals(0, sandbox.taskCount());
        CliRunner.Result yes = cli.run("story", story, "--yes", "-o", dir.resolve("s.mp4").toString());
        assertEquals(0, yes.code(), yes.err());
        assertEquals(2, sandbox.taskCount());
    }
}
