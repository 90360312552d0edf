package io.kling4j.sandbox;

import io.kling4j.generated.model.AccountBalance;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The demo account's credits. The balance starts at {@value #STARTING_BALANCE_CENTS} cents (all paid, no bonus)
 * and each completed task is charged its {@code usage.cost}, rounded up to whole cents, exactly once: when it is
 * first seen completed. Failed tasks cost nothing. The balance may go below zero; the sandbox never answers 402.
 * Thread-safe.
 */
final class AccountLedger {
    /** Balance of a new sandbox, in US cents. */
    static final long STARTING_BALANCE_CENTS = 10_000;

    /** One settled task: what it cost and on which (UTC) day of the sandbox clock. */
    private record Charge(long cents, LocalDate day) {
    }

    private final Clock clock;
    private final Map<String, Charge> charges = new HashMap<>();

    AccountLedger(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Charges {@code task}, which was just seen completed, unless it was charged before. */
    synchronized void settle(SandboxTask task) {
        charges.computeIfAbsent(task.id(), id -> new Charge(cents(task.cost()), today()));
    }

    /** @return the balance now */
    synchronized AccountBalance balance() {
        LocalDate today = today();
        long total = 0;
        long spentToday = 0;
        for (Charge charge : charges.values()) {
            total += charge.cents();
            if (charge.day().equals(today)) {
                spentToday += charge.cents();
            }
        }
        long balance = STARTING_BALANCE_CENTS - total;
        return new AccountBalance()
                .balanceCents(balance)
                .paidBalanceCents(balance)
                .bonusBalanceCents(0L)
                .spentCentsToday(spentToday)
                .spentCentsTotal(total);
    }

    /** @return {@code usd} in cents, rounded up */
    static long cents(double usd) {
        return BigDecimal.valueOf(usd).movePointRight(2).setScale(0, RoundingMode.CEILING).longValueExact();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
