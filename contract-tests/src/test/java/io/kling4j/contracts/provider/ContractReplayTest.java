package io.kling4j.contracts.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The replay comparison can fail: each planted wrong answer is reported; a right one with other ids is not. */
class ContractReplayTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, List<String>> JSON_TYPE = Map.of("content-type", List.of("application/json"));

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    private static final String CONTRACT = "{\"status\":200,\"body\":{\"id\":\"t_completed\",\"status\":\"completed\","
            + "\"videos\":[{\"url\":\"https://cdn/x.mp4\"}],\"usage\":{\"cost\":0.35}}}";

    @Test
    void sameShapeWithOtherValuesPasses() throws Exception {
        assertEquals(List.of(), ContractReplay.differences(json(CONTRACT), 200, JSON_TYPE, json(
                "{\"id\":\"abc\",\"status\":\"completed\",\"videos\":[{\"url\":\"http://127.0.0.1/v.mp4\"}],"
                        + "\"usage\":{\"cost\":1.5},\"extra\":true}")));
    }

    @Test
    void plantedWrongAnswersAreReported() throws Exception {
        assertTrue(ContractReplay.differences(json(CONTRACT), 404, JSON_TYPE, json("{}")).get(0).startsWith("status 404"));
        assertTrue(ContractReplay.differences(json(CONTRACT), 200, JSON_TYPE, json(
                "{\"id\":\"a\",\"status\":\"completed\",\"videos\":[{\"url\":\"u\"}]}")).contains("/usage is missing"));
        assertTrue(ContractReplay.differences(json(CONTRACT), 200, JSON_TYPE, json(
                "{\"id\":\"a\",\"status\":\"completed\",\"videos\":[{\"url\":\"u\"}],\"usage\":{\"cost\":\"0.35\"}}"))
                .contains("/usage/cost is STRING, contract says NUMBER"));
        assertTrue(ContractReplay.differences(json(CONTRACT), 200, JSON_TYPE, json(
                "{\"id\":\"a\",\"status\":\"failed\",\"videos\":[{\"url\":\"u\"}],\"usage\":{\"cost\":1}}"))
                .contains("/status is \"failed\", contract says \"completed\""));
        assertTrue(ContractReplay.differences(json("{\"status\":200,\"body\":{\"id\":\"x\"}}"), 200,
                Map.of("Content-Type", List.of("text/plain")), json("{\"id\":\"x\"}")).get(0).startsWith("Content-Type"));
    }
}
