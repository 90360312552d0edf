package io.kling4j.client.internal;

import io.kling4j.client.TaskStatus;
import java.util.Locale;
import java.util.Map;

/**
 * Maps the status strings RunAPI (and Kling's own API) are known to send onto the spec's four statuses plus a
 * terminal {@code cancelled}: case-insensitively, surrounding blanks ignored. Everything else is kept as sent (an
 * unknown {@link TaskStatus}) and counts as still running. The table is in {@code docs/client.md} ("Statuses").
 */
public final class StatusAliases {
    /** The terminal status of a task that was cancelled (not a spec value; {@code canceled} maps to it too). */
    public static final TaskStatus CANCELLED = TaskStatus.CANCELLED;

    private static final Map<String, TaskStatus> ALIASES = Map.ofEntries(
            Map.entry("pending", TaskStatus.PENDING),
            Map.entry("submitted", TaskStatus.PENDING),        // Kling's own API
            Map.entry("processing", TaskStatus.PROCESSING),
            Map.entry("completed", TaskStatus.COMPLETED),
            Map.entry("success", TaskStatus.COMPLETED),        // RunAPI's Java poller
            Map.entry("succeeded", TaskStatus.COMPLETED),
            Map.entry("succeed", TaskStatus.COMPLETED),        // Kling's own API
            Map.entry("failed", TaskStatus.FAILED),
            Map.entry("error", TaskStatus.FAILED),             // RunAPI's Java poller
            Map.entry("generate_failed", TaskStatus.FAILED),
            Map.entry("create_task_failed", TaskStatus.FAILED),
            Map.entry("cancelled", CANCELLED),
            Map.entry("canceled", CANCELLED));

    private StatusAliases() {
    }

    /**
     * @param raw a status as received, or null
     * @return the canonical status for a known value or alias; otherwise {@code raw} unchanged (null stays null)
     */
    public static TaskStatus normalize(String raw) {
        if (raw == null) {
            return null;
        }
        TaskStatus known = ALIASES.get(raw.trim().toLowerCase(Locale.ROOT));
        return known != null ? known : TaskStatus.of(raw);
    }
}
