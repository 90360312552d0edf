package io.kling4j.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The consumer side derives state names; the provider side lists them as constants. They must agree. */
class ProviderStatesTest {
    @Test
    void derivedNamesAreTheConstantsOfTheProvider() {
        assertEquals(ProviderStates.T2V_PENDING, ProviderStates.taskExists(Endpoint.TEXT_TO_VIDEO, "pending"));
        assertEquals(ProviderStates.T2V_PROCESSING, ProviderStates.taskExists(Endpoint.TEXT_TO_VIDEO, "processing"));
        assertEquals(ProviderStates.T2V_COMPLETED, ProviderStates.taskExists(Endpoint.TEXT_TO_VIDEO, "completed"));
        assertEquals(ProviderStates.T2V_FAILED, ProviderStates.taskExists(Endpoint.TEXT_TO_VIDEO, "failed"));
        assertEquals(ProviderStates.I2V_PENDING, ProviderStates.taskExists(Endpoint.IMAGE_TO_VIDEO, "pending"));
        assertEquals(ProviderStates.I2V_PROCESSING, ProviderStates.taskExists(Endpoint.IMAGE_TO_VIDEO, "processing"));
        assertEquals(ProviderStates.I2V_COMPLETED, ProviderStates.taskExists(Endpoint.IMAGE_TO_VIDEO, "completed"));
        assertEquals(ProviderStates.I2V_FAILED, ProviderStates.taskExists(Endpoint.IMAGE_TO_VIDEO, "failed"));
        assertEquals(ProviderStates.T2V_MISSING, ProviderStates.noTask(Endpoint.TEXT_TO_VIDEO));
        assertEquals(ProviderStates.I2V_MISSING, ProviderStates.noTask(Endpoint.IMAGE_TO_VIDEO));
    }
}
