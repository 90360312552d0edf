package io.kling4j.sandbox.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kling4j.client.Endpoint;
import io.kling4j.client.KlingClient;
import io.kling4j.client.RequestOptions;
import io.kling4j.client.errors.FieldViolation;
import io.kling4j.client.errors.ValidationException;
import io.kling4j.generated.ApiClient;
import io.kling4j.sandbox.KlingSandbox;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every rule of the reference, a request that keeps it and one that breaks it go through both the
 * facade's local validation and the sandbox; both must give the same verdict, and both must name the field.
 * The facade rejects before any HTTP call (the sandbox sees no new task).
 */
class ClientAndSandboxAgreeOnRulesTest {
    private static final String KEY = "sk-rules-test";
    private static final ObjectMapper JSON = ApiClient.createDefaultObjectMapper();
    /** The generated request type of each endpoint (also used by {@link RunApiContractAgreementTest}). */
    /** The body as the facade's untyped params of its endpoint (the typed ones hold the same map). */
    static io.kling4j.client.TaskParams params(String endpoint, JsonNode body) {
        return io.kling4j.client.TaskParams.of(Endpoint.parse(endpoint), JSON.convertValue(body,
                new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() { }));
    }
    private static KlingSandbox sandbox;
    private static KlingClient client;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        sandbox = KlingSandbox.builder().apiKey(KEY).build().start();
        sandbox.seedTask("text_to_video", "task_source_done", "completed");
        client = KlingClient.builder().apiKey(KEY).baseUrl(sandbox.baseUri()).maxRetries(0).build();
    }

    @AfterAll
    static void stop() {
        client.close();
        sandbox.close();
    }

    static Stream<RuleCase> cases() {
        return RuleCase.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void passingRequestIsAcceptedByBoth(RuleCase c) throws Exception {
        JsonNode body = withSource(c.passing());
        io.kling4j.client.TaskParams request = params(c.endpoint(), body);
        String id = client.submitAsync(request, RequestOptions.none()).join().id();
        assertTrue(!id.isBlank());
        HttpResponse<String> raw = post(c.endpoint(), body);
        assertEquals(200, raw.statusCode(), raw.body());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void failingRequestIsRejectedByBothNamingTheField(RuleCase c) throws Exception {
        JsonNode body = withSource(c.failing());
        io.kling4j.client.TaskParams request = params(c.endpoint(), body);
        int tasksBefore = sandbox.taskCount();
        CompletionException failed = org.junit.jupiter.api.Assertions.assertThrows(CompletionException.class,
                () -> client.submitAsync(request, RequestOptions.none()).join());
        ValidationException local = assertInstanceOf(ValidationException.class, failed.getCause());
        assertEquals(0, local.status(), "rejected locally, not by the server");
        assertTrue(local.violations().stream().map(FieldViolation::field).anyMatch(c.field()::equals),
                "local violations " + local.violations() + " name " + c.field());
        assertEquals(tasksBefore, sandbox.taskCount(), "nothing reached the sandbox");

        HttpResponse<String> raw = post(c.endpoint(), body);
        assertEquals(400, raw.statusCode(), raw.body());
        JsonNode error = JSON.readTree(raw.body()).path("error");
        assertTrue(error.path("message").asText().contains(c.field()),
                "sandbox message names " + c.field() + ": " + error);
    }

    private static JsonNode withSource(JsonNode body) {
        ObjectNode copy = body.deepCopy();
        if ("SOURCE".equals(copy.path("source_task_id").asText())) {
            copy.put("source_task_id", "task_source_done");
        }
        return copy;
    }

    private static HttpResponse<String> post(String endpoint, JsonNode body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(sandbox.baseUri() + "/api/v1/kling/" + endpoint))
                .header("Authorization", "Bearer " + KEY).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
