package io.kling4j.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import io.kling4j.generated.rules.KlingRules;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bodies the contracts send are what the spec's rules ({@link KlingRules}: schema constraints and
 * {@code x-kling-models}) accept, and every "invalid" body breaks at least one rule, so a 400 contract is about
 * the body and not about something else. Every task endpoint of the spec is checked.
 */
class SampleRequestsPassRulesTest {

    static List<TaskEndpoint> endpoints() {
        return TaskEndpoint.all();
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void validSampleIsAccepted(TaskEndpoint endpoint) {
        assertEquals(List.of(), KlingRules.check(schema(endpoint), endpoint.validBody()));
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void invalidSampleIsRejected(TaskEndpoint endpoint) {
        assertFalse(KlingRules.check(schema(endpoint), endpoint.invalidBody()).isEmpty());
    }

    @Test
    void multiShotAndO1ReferencesAreAccepted() {
        assertEquals(List.of(), KlingRules.check("TextToVideoRequest", SampleRequests.multiShotTextToVideo()));
        assertEquals(List.of(), KlingRules.check("TextToVideoRequest", SampleRequests.o1ReferencesTextToVideo()));
    }

    @Test
    void uploadSamplesFollowTheSchema() {
        JsonNode valid = SampleRequests.fileUpload(true);
        assertEquals(List.of(), KlingRules.check("FileUploadRequest", valid));
        assertFalse(KlingRules.check("FileUploadRequest", SampleRequests.fileUpload(false)).isEmpty());
    }

    private static String schema(TaskEndpoint endpoint) {
        assertEquals(endpoint.schemaName(), KlingRules.bodySchema("POST", endpoint.path()).orElseThrow());
        return endpoint.schemaName();
    }
}
