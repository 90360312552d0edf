package io.kling4j.contracts.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Opt-in check of the pact against the real RunAPI ({@value #ORIGIN}): {@code ./mvnw -B -ntp -Plive -pl
 * contract-tests -am verify} with {@code RUNAPI_API_KEY} set. Sends only the interactions {@link LiveCalls}
 * allows (account, balance, unknown ids → 404, creates refused by validation → 400: nothing that can spend
 * credits) and compares each answer with the pact. The key goes to {@value #ORIGIN} only: no redirects are
 * followed and it is never printed. Without a key the check is skipped, saying so. Never part of {@code .ci/run}
 * (its failsafe execution exists only in the {@code live} profile, and the class name matches no default pattern).
 */
class RunApiLiveCheck {
    static final String ORIGIN = "https://runapi.ai";
    private static final Path PACT = Path.of(System.getProperty("pact.rootDir", "target/pacts"), "kling4j-runapi-kling.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> freeInteractionsHoldAgainstRunApi() throws Exception {
        String key = System.getenv("RUNAPI_API_KEY");
        if (key == null || key.isBlank()) {
            String skipped = "RUNAPI_API_KEY is not set: the live check against " + ORIGIN + " is skipped";
            System.out.println("[live] " + skipped);
            return Stream.of(DynamicTest.dynamicTest("skipped: RUNAPI_API_KEY is not set", () -> Assumptions.abort(skipped)));
        }
        JsonNode pact = JSON.readTree(PACT.toFile());
        List<JsonNode> calls = StreamSupport.stream(pact.path("interactions").spliterator(), false)
                .filter(LiveCalls::isFree).toList();
        assertFalse(calls.isEmpty(), "no free interaction in " + PACT);
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        return calls.stream().map(interaction -> DynamicTest.dynamicTest(
                interaction.path("request").path("method").asText() + " " + interaction.path("request").path("path").asText()
                        + " -> " + interaction.path("response").path("status").asInt(),
                () -> check(http, key, interaction)));
    }

    private static void check(HttpClient http, String key, JsonNode interaction) throws Exception {
        JsonNode request = interaction.path("request");
        HttpRequest.Builder call = HttpRequest.newBuilder(URI.create(ORIGIN + request.path("path").asText()))
                .timeout(Duration.ofSeconds(30));
        request.path("headers").fields().forEachRemaining(h -> {
            if (!h.getKey().equalsIgnoreCase("Authorization")) {
                call.header(h.getKey(), h.getValue().asText());
            }
        });
        if (request.path("headers").has("Authorization")) {
            call.header("Authorization", "Bearer " + key);
        }
        JsonNode body = request.path("body");
        call.method(request.path("method").asText(), body.isMissingNode()
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        System.out.println("[live] " + request.path("method").asText() + " " + ORIGIN + request.path("path").asText()
                + " (waiting up to 30 s for runapi.ai)");
        HttpResponse<String> response = http.send(call.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode actual = response.body().isBlank() ? JSON.missingNode() : JSON.readTree(response.body());
        assertEquals(List.of(), LiveCalls.differences(interaction.path("response"), response.statusCode(), actual),
                () -> interaction.path("description").asText() + ": RunAPI answered " + response.statusCode());
    }
}
