package io.kling4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code kling quote} and {@code --max-cost} against a sandbox whose task count proves that nothing is created.
 * Sandbox prices: 720p 0.07 USD/s, 1080p 0.10, 4k 0.20, sound x1.4.
 */
class QuoteAndMaxCostTest extends FreshSandboxCliTest {
    @Test
    void quotePrintsThePriceAndSubmitsNothing() {
        CliRunner.Result r = cli.run("quote", "text-to-video", "--prompt", "x", "--duration", "10",
                "--resolution", "1080p", "--sound");
        assertEquals(0, r.code(), r.err());
        assertEquals("text-to-video kling-3.0: 1.40 USD (10 s x 0.14 USD/s) (quote only; nothing was submitted)",
                r.out().trim());
        assertEquals(0, sandbox.taskCount());
        CliRunner.Result cheap = cli.run("quote", "text-to-video", "--prompt", "x", "--duration", "10", "--json");
        assertEquals("{\"endpoint\":\"text_to_video\",\"model\":\"kling-3.0\",\"amount_usd\":0.70,\"currency\":\"USD\","
                + "\"billed_seconds\":10,\"usd_per_second\":0.07,\"estimate_basis\":\"exact\"}", cheap.out().trim());
    }

    @Test
    void quoteUploadsNoLocalFile() throws Exception {
        Path image = Files.write(dir.resolve("cat.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        CliRunner.Result r = cli.run("quote", "image-to-video", "--first-frame", image.toString(), "--prompt", "blink",
                "--duration", "5");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("image-to-video kling-v2.6: 0.35 USD"), r.out());
        assertFalse(r.err().contains("Uploaded"), r.err());
        assertEquals(0, sandbox.taskCount());
    }

    @Test
    void maxCostRefusesBeforeAnyUploadOrCreate() throws Exception {
        Path image = Files.write(dir.resolve("cat.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        CliRunner.Result r = cli.run("image-to-video", "--first-frame", image.toString(), "--prompt", "blink",
                "--model", "kling-v3-omni", "--duration", "10", "--resolution", "1080p", "--sound",
                "--max-cost", "1.00", "-o", dir.resolve("cat.mp4").toString());
        assertEquals(ExitCodes.INVALID, r.code(), r.err());
        assertTrue(r.err().contains("error: --max-cost 1.00: this image_to_video request costs 1.40 USD "
                + "(10 s x 0.14 USD/s), more than the limit; nothing was submitted"), r.err());
        assertFalse(r.err().contains("Uploaded"), r.err());
        assertEquals(0, sandbox.taskCount(), "no task was created");
        assertFalse(Files.exists(dir.resolve("cat.mp4")));
    }

    @Test
    void maxCostLetsACheaperRequestThrough() {
        CliRunner.Result r = cli.run("text-to-video", "--prompt", "x", "--duration", "5", "--max-cost", "0.35",
                "--no-wait", "--json");
        assertEquals(0, r.code(), r.err());
        assertEquals(1, sandbox.taskCount());
        CliRunner.Result negative = cli.run("text-to-video", "--prompt", "x", "--max-cost", "-1");
        assertEquals(ExitCodes.INVALID, negative.code());
        assertEquals(1, sandbox.taskCount());
    }

    @Test
    void quoteNamesTheCommandsItTakes() {
        CliRunner.Result r = cli.run("quote", "balance");
        assertEquals(ExitCodes.INVALID, r.code());
        assertTrue(r.err().contains("quote: COMMAND must be one of text-to-video"), r.err());
        CliRunner.Result help = cli.run("quote", "--help");
        assertEquals(0, help.code(), help.err());
        assertTrue(help.out().contains("kling quote text-to-video --prompt"), help.out());
    }
}
