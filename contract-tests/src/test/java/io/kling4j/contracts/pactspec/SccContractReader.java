package io.kling4j.contracts.pactspec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        return PactInteraction.of(contract.path("name").asText(file.getFileName().toString()),
                new PactInteraction.Parts(req.path("method").asText("GET"), url, headers(req.path("headers")),
                        headers(req.path("queryParameters")), body(req.path("body")), res.path("status").asInt(200),
                        headers(res.path("headers")), body(res.path("body"))));
    }

    private static Map<String, List<String>> headers(JsonNode headers) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        headers.fields().forEachRemaining(e -> map.put(e.getKey(), List.of(e.getValue().asText())));
        return map;
    }

    private String body(JsonNode body) throws IOException {
        if (body.isMissingNode() || body.isNull()) {
            return null;
        }
        return body.isTextual() ? body.asText() : json.writeValueAsString(body);
    }
}
