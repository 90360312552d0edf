package io.kling4j.sandbox;

import java.util.Objects;

/**
 * Everything a sandbox remembers, shared by its servers: tasks, idempotency keys, the lifecycle (and so the
 * clock), the account's credits and the uploaded files.
 *
 * @param tasks       the tasks
 * @param idempotency the Idempotency-Key registry
 * @param lifecycle   computes statuses and reports completed tasks to the ledger
 * @param ledger      the demo account's credits
 * @param files       the uploaded files
 */
record SandboxState(TaskStore tasks, IdempotencyRegistry idempotency, TaskLifecycle lifecycle, AccountLedger ledger,
                    FileStore files) {
    SandboxState {
        Objects.requireNonNull(tasks, "tasks");
        Objects.requireNonNull(idempotency, "idempotency");
        Objects.requireNonNull(lifecycle, "lifecycle");
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(files, "files");
    }
}
