package io.kling4j.cli;

import io.kling4j.client.KlingClient;
import io.kling4j.story.StoryChain;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.util.List;

/**
 * A story's cost before its first shot: quotes every shot that will be submitted (reused shots cost nothing),
 * prints the total, refuses above {@code --max-cost}, and above {@code --confirm-above} asks on a terminal or
 * requires {@code --yes} when stdin is not one.
 */
final class StoryCost {
    private StoryCost() {
    }

    /**
     * @return the estimated total in USD of the shots that will be paid for
     */
    static BigDecimal estimate(KlingClient client, List<StoryChain.PlannedShot> plan) {
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (StoryChain.PlannedShot shot : plan) {
            if (!shot.reused()) {
                total = total.add(client.quote(shot.request()).amountUsd());
            }
        }
        return total;
    }

    /** @return e.g. {@code 1.05 USD for 3 new shots (2 reused from story.shots)} */
    static String describe(BigDecimal total, List<StoryChain.PlannedShot> plan, Object dir) {
        long reused = plan.stream().filter(StoryChain.PlannedShot::reused).count();
        long paid = plan.size() - reused;
        return total.toPlainString() + " USD for " + paid + " new shot" + (paid == 1 ? "" : "s")
                + (reused == 0 ? "" : " (" + reused + " reused from " + dir + ")");
    }

    /**
     * @param total the estimate in USD, or {@code null} when RunAPI could not price the story (treated as above)
     * @throws IllegalArgumentException (exit 4, nothing submitted) when the total is above {@code confirmAbove} and
     *                                  it is neither confirmed by {@code --yes} nor, on a terminal, by the user
     */
    static void confirm(BigDecimal total, BigDecimal confirmAbove, boolean yes, PrintStream err) {
        if (yes || (total != null && total.compareTo(confirmAbove) <= 0)) {
            return;
        }
        String above = total == null ? "this story could not be priced"
                : "this story costs about " + total.toPlainString() + " USD, above --confirm-above "
                        + confirmAbove.toPlainString();
        if (System.console() == null) {
            throw new IllegalArgumentException(above + "; add --yes to go ahead (nothing was submitted)");
        }
        err.print(above + ". Go ahead? [y/N] ");
        err.flush();
        String answer;
        try {
            answer = new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset())).readLine();
        } catch (IOException e) {
            answer = null;
        }
        if (answer == null || !answer.trim().toLowerCase(java.util.Locale.ROOT).startsWith("y")) {
            throw new IllegalArgumentException("not confirmed; nothing was submitted");
        }
    }
}
