package io.kling4j.contracts.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.kling4j.sandbox.KlingSandbox;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Producer side of the Spring Cloud Contract contracts, without SCC's generated tests (they need a Spring or
 * RestAssured base class; see README): every contract's request is replayed against an embedded
 * {@link KlingSandbox} and its answer compared by {@link ContractReplay}. Set-up by convention: a GET answered
 * 200 seeds its task id with the contract's {@code status}; source tasks named {@code t_source*} are seeded
 * (completed, or the status their suffix names); an answer the sandbox gives only on demand (402, 413, 429,
 * 500, 503) is armed through its fault injection ({@link InjectedFaults}) for the replayed request; a 202 create
 * switches on the sandbox's 202 answers, and a GET of a task result answered 200 seeds that result.
 */
class SccContractsReplayIT {
    private static final Path CONTRACTS = Path.of("src/test/resources/contracts");
    private static final String API_KEY = "sk-contract-test";
    private static final Map<String, String> SOURCES = Map.of(
            "t_source", "completed", "t_source_processing", "processing", "t_source_failed", "failed");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static KlingSandbox sandbox;

    @BeforeAll
    static void startSandbox() {
        sandbox = KlingSandbox.builder().port(0).apiKey(API_KEY).build().start();
        SOURCES.forEach((id, status) -> sandbox.seedTask("text_to_video", id, status));
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @TestFactory
    Stream<DynamicTest> everyContractHoldsAgainstTheSandbox() throws IOException {
        List<Path> files;
        try (Stream<Path> found = Files.walk(CONTRACTS)) {
            files = found.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
        }
        return files.stream().map(file -> DynamicTest.dynamicTest(CONTRACTS.relativize(file).toString(),
                () -> replay(new YAMLMapper().readTree(file.toFile()))));
    }

    private static void replay(JsonNode contract) throws IOException, InterruptedException {
        JsonNode req = contract.path("request");
        JsonNode res = contract.path("response");
        int status = res.path("status").asInt();
        sandbox.faults().clear();
        String fault = InjectedFaults.stateFor(status);
        if (fault != null) {
            InjectedFaults.arm(sandbox, fault);
        }
        String url = req.path("url").asText();
        if (req.path("method").asText().equals("GET") && status == 200 && url.startsWith("/api/v1/kling/")) {
            String[] parts = url.split("/");
            sandbox.seedTask(parts[4], parts[5], res.path("body").path("status").asText());
        }
        if (status == 202) {
            sandbox.faults().acceptCreates(0);
        }
        if (req.path("method").asText().equals("GET") && status == 200 && url.startsWith("/api/v1/task_results/")) {
            sandbox.seedTaskResult(url.substring(url.lastIndexOf('/') + 1), "text_to_video",
                    res.at("/body/response/body/id").asText(), res.at("/body/response/body/status").asText());
        }
        StringBuilder query = new StringBuilder();
        req.path("queryParameters").fields().forEachRemaining(q -> query.append(query.length() == 0 ? "?" : "&")
                .append(q.getKey()).append('=').append(q.getValue().asText()));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.baseUri() + url + query));
        req.path("headers").fields().forEachRemaining(h -> request.header(h.getKey(),
                h.getKey().equalsIgnoreCase("Authorization") && !h.getValue().asText().contains("sk-invalid")
                        ? "Bearer " + API_KEY : h.getValue().asText()));
        JsonNode body = req.path("body");
        request.method(req.path("method").asText(), body.isMissingNode()
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode actual = response.body().isBlank() ? JSON.missingNode() : JSON.readTree(response.body());
        assertEquals(List.of(), ContractReplay.differences(res, response.statusCode(), response.headers().map(), actual),
                () -> contract.path("name").asText() + " answered " + response.statusCode() + " " + response.body());
    }
}
