package io.kling4j.cli;

import io.kling4j.client.PriceQuote;
import java.io.PrintStream;
import java.math.BigDecimal;

/**
 * {@code --max-cost USD}: the quote of a request is compared with the limit before anything is uploaded or
 * submitted; above it the command stops with one line (exit 4) and nothing is created.
 */
final class CostLimit {
    private CostLimit() {
    }

    /** @throws IllegalArgumentException when the limit is negative */
    static void checkOption(String option, BigDecimal limit) {
        if (limit != null && limit.signum() < 0) {
            throw new IllegalArgumentException(option + " = " + limit.toPlainString() + ": must be 0 or more (USD)");
        }
    }

    /**
     * @param what  what is priced, for the message (e.g. {@code this text_to_video request})
     * @param limit the limit in USD, or null for none
     * @param cost  the quoted cost in USD
     * @throws IllegalArgumentException (exit 4) when {@code cost} is above {@code limit}
     */
    static void enforce(String what, BigDecimal limit, BigDecimal cost, String detail) {
        if (limit != null && cost.compareTo(limit) > 0) {
            throw new IllegalArgumentException("--max-cost " + limit.toPlainString() + ": " + what + " costs "
                    + detail + ", more than the limit; nothing was submitted");
        }
    }

    /** Prints a quote: one line of text, or one JSON object with {@code --json}. */
    static void print(PrintStream out, PriceQuote quote, boolean json) {
        if (json) {
            StringBuilder s = new StringBuilder("{\"endpoint\":\"").append(quote.endpoint().path()).append('"');
            quote.model().ifPresent(m -> s.append(",\"model\":\"").append(m.replace("\"", "\\\"")).append('"'));
            s.append(",\"amount_usd\":").append(quote.amountUsd().toPlainString())
                    .append(",\"currency\":\"").append(quote.currency()).append('"');
            quote.billedSeconds().ifPresent(n -> s.append(",\"billed_seconds\":").append(n));
            quote.usdPerSecond().ifPresent(r -> s.append(",\"usd_per_second\":").append(r.toPlainString()));
            quote.estimateBasis().ifPresent(b -> s.append(",\"estimate_basis\":\"").append(b).append('"'));
            out.println(s.append('}'));
        } else {
            out.println(quote.endpoint().path().replace('_', '-') + quote.model().map(m -> " " + m).orElse("") + ": "
                    + quote.describe() + " (quote only; nothing was submitted)");
        }
        out.flush();
    }
}
