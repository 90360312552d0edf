package io.kling4j.client;

import java.util.Map;
import java.util.Objects;

/**
 * A task's status: {@link #PENDING} → {@link #PROCESSING} → {@link #COMPLETED}, {@link #FAILED} or
 * {@link #CANCELLED}. Open: a value RunAPI adds later is kept as sent ({@link #isKnown()} false) and counts as still
 * running. The known values are single instances, so {@code ==} works for them; {@link #equals} compares values.
 */
public final class TaskStatus {
    /** Accepted, not started. */
    public static final TaskStatus PENDING = new TaskStatus("pending", true);
    /** Rendering. */
    public static final TaskStatus PROCESSING = new TaskStatus("processing", true);
    /** Finished with a video. */
    public static final TaskStatus COMPLETED = new TaskStatus("completed", true);
    /** Finished without a video (not charged). */
    public static final TaskStatus FAILED = new TaskStatus("failed", true);
    /** Cancelled (not a value of the spec; {@code canceled} on the wire too). */
    public static final TaskStatus CANCELLED = new TaskStatus("cancelled", true);

    private static final Map<String, TaskStatus> KNOWN = Map.of("pending", PENDING, "processing", PROCESSING,
            "completed", COMPLETED, "failed", FAILED, "cancelled", CANCELLED);

    private final String value;
    private final boolean known;

    private TaskStatus(String value, boolean known) {
        this.value = value;
        this.known = known;
    }

    /**
     * @param value a status as sent on the wire
     * @return the known instance when {@code value} is one of the five known values (exactly), else a new unknown one
     */
    public static TaskStatus of(String value) {
        Objects.requireNonNull(value, "value");
        TaskStatus known = KNOWN.get(value);
        return known != null ? known : new TaskStatus(value, false);
    }

    /** @return the value, as on the wire */
    public String value() {
        return value;
    }

    /** @return true for the five statuses kling4j knows */
    public boolean isKnown() {
        return known;
    }

    /** @return true for completed, failed and cancelled */
    public boolean isFinished() {
        return this == COMPLETED || this == FAILED || this == CANCELLED;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TaskStatus other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** @return the value */
    @Override
    public String toString() {
        return value;
    }
}
