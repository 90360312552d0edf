package io.kling4j.mcp;

import io.kling4j.client.Endpoint;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The server's money guard: {@code --max-cost-per-task} refuses a create whose quote exceeds it, {@code --budget}
 * refuses one that would take the server's spending (quoted prices of the tasks it created, for its lifetime) over
 * it. Both act before anything is sent. Without either, no quote is asked for.
 */
final class MoneyGuard {
    /** Prices a request before it is sent. */
    @FunctionalInterface
    interface Quoter {
        /**
         * @param endpoint where it would go
         * @param body the request
         * @return its price in USD
         */
        BigDecimal quote(Endpoint endpoint, Object body);
    }

    /** A create refused by the guard. */
    static final class Refused extends RuntimeException {
        private final transient Map<String, Object> details;

        Refused(String message, Map<String, Object> details) {
            super(message, null, false, false);
            this.details = details;
        }

        Map<String, Object> details() {
            return details;
        }
    }

    /** Money set aside for one create until it is known whether a task was made. */
    final class Reservation {
        private final BigDecimal cost;
        private boolean settled;

        private Reservation(BigDecimal cost) {
            this.cost = cost;
        }

        Optional<BigDecimal> cost() {
            return Optional.ofNullable(cost);
        }

        /** The task exists (or may): its price stays spent. */
        synchronized void keep() {
            settled = true;
        }

        /** Nothing was made: gives the money back to the budget. */
        synchronized void release() {
            if (!settled && cost != null) {
                settled = true;
                synchronized (MoneyGuard.this) {
                    spent = spent.subtract(cost);
                }
            }
        }
    }

    private final BigDecimal maxPerTask;
    private final BigDecimal budget;
    private final Quoter quoter;
    private BigDecimal spent = BigDecimal.ZERO;

    MoneyGuard(BigDecimal maxPerTask, BigDecimal budget, Quoter quoter) {
        this.maxPerTask = maxPerTask;
        this.budget = budget;
        this.quoter = quoter;
    }

    /**
     * @param endpoint where the create goes
     * @param body the request
     * @return the reservation to keep or release once the create's outcome is known
     * @throws Refused when a limit would be passed; nothing is sent
     */
    Reservation reserve(Endpoint endpoint, Object body) {
        if (maxPerTask == null && budget == null) {
            return new Reservation(null);
        }
        BigDecimal price = quoter.quote(endpoint, body);
        synchronized (this) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("quoted_usd", price);
            if (maxPerTask != null && price.compareTo(maxPerTask) > 0) {
                details.put("max_cost_per_task_usd", maxPerTask);
                throw new Refused("refused before sending: this task is quoted at $" + price.toPlainString()
                        + ", over the server's --max-cost-per-task of $" + maxPerTask.toPlainString(), details);
            }
            if (budget != null && spent.add(price).compareTo(budget) > 0) {
                details.put("budget_usd", budget);
                details.put("spent_usd", spent);
                throw new Refused("refused before sending: this task is quoted at $" + price.toPlainString()
                        + " and $" + spent.toPlainString() + " of the server's --budget of $" + budget.toPlainString()
                        + " is spent", details);
            }
            spent = spent.add(price);
            return new Reservation(price);
        }
    }

    /**
     * @param price a quoted price
     * @return what the guard would say of a create at that price now: {@code allowed}, and the limits in force
     */
    synchronized Map<String, Object> verdict(BigDecimal price) {
        Map<String, Object> out = new LinkedHashMap<>();
        boolean allowed = true;
        if (maxPerTask != null) {
            out.put("max_cost_per_task_usd", maxPerTask);
            allowed = price.compareTo(maxPerTask) <= 0;
        }
        if (budget != null) {
            out.put("budget_left_usd", budget.subtract(spent));
            allowed = allowed && spent.add(price).compareTo(budget) <= 0;
        }
        out.put("allowed_by_this_server", allowed);
        return out;
    }

    /** @return quoted prices of the tasks this server created so far, in USD */
    synchronized BigDecimal spent() {
        return spent;
    }
}
