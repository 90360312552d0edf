package io.kling4j.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class ProviderStatesTest {
    @Test
    void templatesReadNaturallyOnceFilled() {
        assertEquals("task text_to_video_pending exists on text_to_video with status pending", ProviderStates.describe(
                ProviderStates.TASK_EXISTS, ProviderStates.taskExistsParams(TaskEndpoint.of("text_to_video"), "pending")));
        assertEquals("no task motion_control_missing exists on motion_control", ProviderStates.describe(
                ProviderStates.NO_TASK, ProviderStates.noTaskParams(TaskEndpoint.of("motion_control"))));
    }

    @Test
    void everyFaultStateSaysWhatIsInjected() {
        ProviderStates.FAULT_STATES.forEach((state, reason) -> assertFalse(reason.isBlank(), state));
        assertFalse(ProviderStates.FAULT_STATES.containsKey(ProviderStates.TASK_EXISTS));
    }
}
