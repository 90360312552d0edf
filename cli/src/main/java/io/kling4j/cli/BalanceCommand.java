package io.kling4j.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kling4j.client.Balance;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code kling balance}: the account's credit balance. */
@Command(name = "balance", mixinStandardHelpOptions = true, description = "Show the RunAPI account's balance.",
        footer = {"", "Examples:", "  kling balance", "  kling balance --json"})
final class BalanceCommand implements Callable<Integer> {
    @ParentCommand
    KlingCli root;

    @Option(names = "--json", description = "Print RunAPI's balance object as JSON on stdout.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (Backend backend = Backend.open(root.env, root.err)) {
            Balance balance = backend.client().balance();
            if (json) {
                root.out.println(new ObjectMapper().writeValueAsString(balance)); // not static: --help stays fast
            } else {
                root.out.println("Balance: " + dollars(balance.balanceCents())
                        + " (paid " + dollars(balance.paidBalanceCents())
                        + ", bonus " + dollars(balance.bonusBalanceCents())
                        + "); spent today " + dollars(balance.spentCentsToday()));
            }
            root.out.flush();
            return ExitCodes.OK;
        }
    }

    static String dollars(Long cents) {
        return cents == null ? "n/a" : String.format(Locale.ROOT, "$%d.%02d", cents / 100, Math.abs(cents % 100));
    }
}
