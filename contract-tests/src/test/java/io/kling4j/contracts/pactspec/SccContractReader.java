package io.kling4j.contracts.pactspec;

import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Reads Spring Cloud Contract YAML contracts (one or several documents per file) into validator requests and
 * responses, like {@link PactFileReader} does for pacts. The example values are validated; matchers are
 * ignored. A contract's name (else its file name) is its description.
 */
final class SccContractReader {
    private final ObjectMapper yaml = new YAMLMapper();
    private final ObjectMapper json = new ObjectMapper();

    List<PactInteraction> read(Path contractFile) throws IOException {
        List<PactInteraction> interactions = new ArrayList<>();
        try (var parser = new YAMLFactory().createParser(contractFile.toFile())) {
            var documents = yaml.readValues(parser, JsonNode.class);
            while (documents.hasNext()) {
                JsonNode contract = documents.next();
                if (contract != null && contract.has("request")) {
                    interactions.add(toInteraction(contract, contractFile));
                }
            }
        }
        return interactions;
    }

    private PactInteraction toInteraction(JsonNode contract, Path file) throws IOException {
        JsonNode req = contract.path("request");
        JsonNode res = contract.path("response");
        String url = req.hasNonNull("url") ? req.get("url").asText() : req.path("urlPath").asText("/");
        var request = new SimpleRequest.Builder(req.path("method").asText("GET").toUpperCase(), url);
        headers(req.path("headers"), request::withHeader);
        headers(req.path("queryParameters"), request::withQueryParam);
        String requestBody = body(req.path("body"));
        if (requestBody != null) {
            request.withBody(requestBody);
        }
        var response = new SimpleResponse.Builder(res.path("status").asInt(200));
        headers(res.path("headers"), response::withHeader);
        String responseBody = body(res.path("body"));
        if (responseBody != null) {
            response.withBody(responseBody);
        }
        String name = contract.path("name").asText(file.getFileName().toString());
        return new PactInteraction(name, request.build(), response.build());
    }

    private static void headers(JsonNode headers, BiConsumer<String, List<String>> sink) {
        headers.fields().forEachRemaining(e -> sink.accept(e.getKey(), List.of(e.getValue().asText())));
    }

    private String body(JsonNode body) throws IOException {
        if (body.isMissingNode() || body.isNull()) {
            return null;
        }
        return body.isTextual() ? body.asText() : json.writeValueAsString(body);
    }
}
