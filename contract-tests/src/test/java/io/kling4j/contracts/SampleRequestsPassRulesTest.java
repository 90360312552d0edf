package io.kling4j.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import io.kling4j.generated.rules.KlingRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The bodies the contracts send are what the spec's rules ({@link KlingRules}: schema constraints and
 * {@code x-kling-models}) accept, and every "invalid" body breaks at least one rule, so a 400 contract is about
 * the body and not about something else.
 */
class SampleRequestsPassRulesTest {

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void validSampleIsAccepted(Endpoint endpoint) {
        assertEquals(java.util.List.of(), KlingRules.check(schema(endpoint), SampleRequests.json(endpoint, true)));
    }

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void invalidSampleIsRejected(Endpoint endpoint) {
        assertFalse(KlingRules.check(schema(endpoint), SampleRequests.json(endpoint, false)).isEmpty());
    }

    @Test
    void multiShotAndO1ReferencesAreAccepted() {
        assertEquals(java.util.List.of(), KlingRules.check("TextToVideoRequest", SampleRequests.multiShotTextToVideo()));
        assertEquals(java.util.List.of(), KlingRules.check("TextToVideoRequest", SampleRequests.o1ReferencesTextToVideo()));
    }

    @Test
    void uploadSamplesFollowTheSchema() {
        JsonNode valid = SampleRequests.fileUpload(true);
        assertEquals(java.util.List.of(), KlingRules.check("FileUploadRequest", valid));
        assertFalse(KlingRules.check("FileUploadRequest", SampleRequests.fileUpload(false)).isEmpty());
    }

    private static String schema(Endpoint endpoint) {
        return KlingRules.bodySchema("POST", endpoint.path()).orElseThrow();
    }
}
