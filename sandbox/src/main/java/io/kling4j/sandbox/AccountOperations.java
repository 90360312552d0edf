package io.kling4j.sandbox;

import com.sun.net.httpserver.HttpExchange;
import io.kling4j.generated.model.AccountInfo;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code GET /api/v1/me} (a fixed demo account) and {@code GET /api/v1/me/balance} (the {@link AccountLedger}),
 * on requests that already passed authentication and spec validation.
 */
final class AccountOperations {
    /** Id of the demo account. */
    static final long DEMO_ACCOUNT_ID = 1;
    /** Name of the demo account. */
    static final String DEMO_NAME = "Sandbox Demo";
    /** E-mail address of the demo account (a reserved, undeliverable domain). */
    static final String DEMO_EMAIL = "demo@sandbox.invalid";

    private final TaskStore store;
    private final TaskLifecycle lifecycle;
    private final AccountLedger ledger;

    AccountOperations(TaskStore store, TaskLifecycle lifecycle, AccountLedger ledger) {
        this.store = store;
        this.lifecycle = lifecycle;
        this.ledger = ledger;
    }

    /** {@code GET /api/v1/me}: the demo account. */
    void info(HttpExchange exchange) throws IOException {
        Exchanges.sendJson(exchange, 200, new AccountInfo()
                .id(DEMO_ACCOUNT_ID)
                .name(DEMO_NAME)
                .email(DEMO_EMAIL)
                .account(new TreeMap<>(Map.of("plan", "sandbox", "currency", "USD"))));
    }

    /** {@code GET /api/v1/me/balance}: settles every task completed by now, then answers the balance. */
    void balance(HttpExchange exchange) throws IOException {
        for (SandboxTask task : store.all()) {
            lifecycle.statusOf(task);
        }
        Exchanges.sendJson(exchange, 200, ledger.balance());
    }
}
