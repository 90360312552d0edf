package io.kling4j.contracts;

import java.util.Map;

/**
 * Provider-state names shared by the consumer tests (which write them into the pacts) and the provider
 * verification (whose {@code @State} methods must carry exactly these names). Every state also carries the
 * params {@code endpoint}, {@code id} and, for existing tasks, {@code status}.
 */
public final class ProviderStates {
    public static final String T2V_PENDING = "task t_pending exists on text_to_video with status pending";
    public static final String T2V_PROCESSING = "task t_processing exists on text_to_video with status processing";
    public static final String T2V_COMPLETED = "task t_completed exists on text_to_video with status completed";
    public static final String T2V_FAILED = "task t_failed exists on text_to_video with status failed";
    public static final String I2V_PENDING = "task i_pending exists on image_to_video with status pending";
    public static final String I2V_PROCESSING = "task i_processing exists on image_to_video with status processing";
    public static final String I2V_COMPLETED = "task i_completed exists on image_to_video with status completed";
    public static final String I2V_FAILED = "task i_failed exists on image_to_video with status failed";
    public static final String T2V_MISSING = "no task t_missing exists on text_to_video";
    public static final String I2V_MISSING = "no task i_missing exists on image_to_video";

    private ProviderStates() {
    }

    /** @return the name of the state "a task of this endpoint exists, frozen in this status" */
    public static String taskExists(Endpoint endpoint, String status) {
        return "task " + endpoint.taskId(status) + " exists on " + endpoint.wireName() + " with status " + status;
    }

    /** @return the params of {@link #taskExists} */
    public static Map<String, Object> taskExistsParams(Endpoint endpoint, String status) {
        return Map.of("endpoint", endpoint.wireName(), "id", endpoint.taskId(status), "status", status);
    }

    /** @return the name of the state "no task with the missing id exists on this endpoint" */
    public static String noTask(Endpoint endpoint) {
        return "no task " + endpoint.missingTaskId() + " exists on " + endpoint.wireName();
    }

    /** @return the params of {@link #noTask} */
    public static Map<String, Object> noTaskParams(Endpoint endpoint) {
        return Map.of("endpoint", endpoint.wireName(), "id", endpoint.missingTaskId());
    }
}
