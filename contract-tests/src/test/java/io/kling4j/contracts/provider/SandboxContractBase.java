package io.kling4j.contracts.provider;

import com.fasterxml.jackson.databind.JsonNode;
import io.kling4j.sandbox.KlingSandbox;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

/**
 * Base class of the producer tests that Spring Cloud Contract generates from the contracts (EXPLICIT mode:
 * RestAssured over real HTTP). Each generated class gets its own {@link KlingSandbox} on 127.0.0.1 (ephemeral
 * port) and RestAssured points at it. Before each test, the sandbox is put in the state the contract assumes,
 * read from the contract itself ({@link ProducerContracts}), by these conventions:
 * <ul>
 *   <li>source tasks {@code t_source} (completed), {@code t_source_processing}, {@code t_source_failed} exist;</li>
 *   <li>a create answered 2xx whose body names a {@code source_task_id} seeds that task, completed, on the same
 *       endpoint (the spec's examples name {@code task_123});</li>
 *   <li>a GET of {@code /api/v1/kling/<endpoint>/<id>} answered 200 seeds that task with the contract's
 *       {@code status};</li>
 *   <li>an answer the sandbox gives only on demand (402, 413, 429, 500, 503) is armed through its fault
 *       injection ({@link InjectedFaults}).</li>
 * </ul>
 * A request that sends a key sends the sandbox's valid key instead, unless its key is an {@code sk-invalid…} one.
 */
public abstract class SandboxContractBase {
    static final String API_KEY = "sk-contract-test";
    private static final Map<String, String> SOURCES = Map.of(
            "t_source", "completed", "t_source_processing", "processing", "t_source_failed", "failed");
    private static KlingSandbox sandbox;

    @BeforeAll
    static void startSandbox() {
        sandbox = KlingSandbox.builder().port(0).apiKey(API_KEY).build().start();
        RestAssured.reset();
        RestAssured.baseURI = "http://127.0.0.1";
        RestAssured.port = sandbox.baseUri().getPort();
        RestAssured.filters(validKey());
    }

    @AfterAll
    static void stopSandbox() {
        RestAssured.reset();
        sandbox.close();
    }

    @BeforeEach
    void arrangeTheContractsState(TestInfo test) {
        JsonNode contract = ProducerContracts.forTest(test.getTestMethod().orElseThrow().getName());
        JsonNode request = contract.path("request");
        JsonNode response = contract.path("response");
        int status = response.path("status").asInt();
        sandbox.faults().clear();
        SOURCES.forEach((id, state) -> sandbox.seedTask("text_to_video", id, state));
        String fault = InjectedFaults.stateFor(status);
        if (fault != null) {
            InjectedFaults.arm(sandbox, fault);
        }
        String url = request.path("url").asText(request.path("urlPath").asText());
        if (status == 202) {
            sandbox.faults().acceptCreates(0); // the next create is answered 202 Accepted with a Location
        }
        JsonNode source = request.path("body").path("source_task_id");
        if (request.path("method").asText().equals("POST") && status / 100 == 2 && source.isTextual()
                && url.startsWith("/api/v1/kling/")) {
            sandbox.seedTask(url.split("[/?]")[4], source.asText(), "completed"); // the task the create works on
        }
        if (request.path("method").asText().equals("GET") && status == 200 && url.startsWith("/api/v1/task_results/")) {
            sandbox.seedTaskResult(url.substring(url.lastIndexOf('/') + 1), "text_to_video",
                    response.at("/body/response/body/id").asText(), response.at("/body/response/body/status").asText());
        }
        if (request.path("method").asText().equals("GET") && status == 200 && url.startsWith("/api/v1/kling/")) {
            String[] parts = url.split("[/?]");
            if (parts.length > 5) {
                sandbox.seedTask(parts[4], parts[5], response.path("body").path("status").asText());
            }
        }
    }

    private static Filter validKey() {
        return (request, response, context) -> {
            String sent = request.getHeaders().getValue("Authorization");
            if (sent != null && !sent.contains("sk-invalid")) {
                request.replaceHeader("Authorization", "Bearer " + API_KEY);
            }
            return context.next(request, response);
        };
    }
}
