package io.kling4j.contracts.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The live check sends only calls that cannot spend credits, and its comparison can fail. */
class LiveCallsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode interaction(String method, String path, int status, String body) throws Exception {
        return JSON.readTree("{\"request\":{\"method\":\"" + method + "\",\"path\":\"" + path + "\""
                + (body == null ? "" : ",\"body\":" + body) + "},\"response\":{\"status\":" + status + "}}");
    }

    @Test
    void onlyFreeCallsAreSelected() throws Exception {
        assertTrue(LiveCalls.isFree(interaction("GET", "/api/v1/me/balance", 200, null)));
        assertTrue(LiveCalls.isFree(interaction("GET", "/api/v1/me", 200, null)));
        assertTrue(LiveCalls.isFree(interaction("GET", "/api/v1/kling/text_to_video/t_missing", 404, null)));
        String invalid = "{\"model\":\"kling-3.0\",\"prompt\":\"p\",\"duration_seconds\":99,\"aspect_ratio\":\"16:9\"}";
        assertTrue(LiveCalls.isFree(interaction("POST", "/api/v1/kling/text_to_video", 400, invalid)));
        String valid = "{\"model\":\"kling-3.0\",\"prompt\":\"p\",\"duration_seconds\":5,\"aspect_ratio\":\"16:9\",\"output_resolution\":\"720p\"}";
        assertFalse(LiveCalls.isFree(interaction("POST", "/api/v1/kling/text_to_video", 400, valid)), "a valid body could be paid for");
        assertFalse(LiveCalls.isFree(interaction("POST", "/api/v1/kling/text_to_video", 200, valid)));
        assertFalse(LiveCalls.isFree(interaction("GET", "/api/v1/kling/text_to_video/t_completed", 200, null)));
        assertFalse(LiveCalls.isFree(interaction("POST", "/api/v1/files", 400, "{\"file_name\":\"\"}")));
    }

    @Test
    void differencesAreReported() throws Exception {
        JsonNode expected = JSON.readTree("{\"status\":404,\"body\":{\"error\":{\"code\":\"not_found\",\"message\":\"x\"}}}");
        assertEquals(List.of(), LiveCalls.differences(expected, 404,
                JSON.readTree("{\"error\":{\"code\":\"not_found\",\"message\":\"Task not found\"}}")));
        assertEquals(List.of("status 200, pact says 404"), LiveCalls.differences(expected, 200, JSON.readTree("{}")));
        assertTrue(LiveCalls.differences(expected, 404, JSON.readTree("{\"error\":{\"code\":\"missing\",\"message\":\"m\"}}"))
                .contains("/error/code is \"missing\", pact says \"not_found\""));
        assertTrue(LiveCalls.differences(expected, 404, JSON.readTree("{\"detail\":\"no\"}")).contains("/error is missing"));
    }
}
