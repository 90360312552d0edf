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
 * @param faults      the scripted and random faults
 * @param webhooks    delivers {@code callback_url} webhooks
 */
record SandboxState(TaskStore tasks, IdempotencyRegistry idempotency, TaskLifecycle lifecycle, AccountLedger ledger,
                    FileStore files, SandboxFaults faults, WebhookSender webhooks, AcceptedCreates accepted) {
    SandboxState {
        Objects.requireNonNull(tasks, "tasks");
        Objects.requireNonNull(idempotency, "idempotency");
        Objects.requireNonNull(lifecycle, "lifecycle");
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(faults, "faults");
        Objects.requireNonNull(webhooks, "webhooks");
        Objects.requireNonNull(accepted, "accepted");
    }
}
