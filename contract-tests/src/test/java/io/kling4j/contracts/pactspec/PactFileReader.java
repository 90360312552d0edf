package io.kling4j.contracts.pactspec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Reads the HTTP interactions of a pact file (spec V2, V3 or V4) into validator requests and responses.
 * Matching rules are ignored: the examples in the file are what gets validated. V4 message interactions are
 * skipped.
 */
final class PactFileReader {
    private final ObjectMapper mapper = new ObjectMapper();

    List<PactInteraction> read(Path pactFile) throws IOException {
        JsonNode pact = mapper.readTree(pactFile.toFile());
        List<PactInteraction> interactions = new ArrayList<>();
        for (JsonNode interaction : pact.path("interactions")) {
            String type = interaction.path("type").asText("Synchronous/HTTP");
            if (type.equals("Synchronous/HTTP")) {
                interactions.add(toInteraction(interaction));
            }
        }
        return interactions;
    }

    private PactInteraction toInteraction(JsonNode interaction) throws IOException {
        JsonNode req = interaction.path("request");
        JsonNode res = interaction.path("response");
        return PactInteraction.of(interaction.path("description").asText("?"), new PactInteraction.Parts(
                req.path("method").asText("GET"), req.path("path").asText("/"), headers(req.path("headers")),
                query(req.path("query")), body(req.path("body")), res.path("status").asInt(200),
                headers(res.path("headers")), body(res.path("body"))));
    }

    /** V2/V3 headers are {@code name: "value"}, V4 headers are {@code name: ["value", ...]}. */
    private static Map<String, List<String>> headers(JsonNode headers) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        headers.fields().forEachRemaining(e -> map.put(e.getKey(), values(e.getValue())));
        return map;
    }

    /** V2 query is {@code "a=1&b=2"}, V3/V4 query is {@code {"a": ["1"]}}. */
    private static Map<String, List<String>> query(JsonNode query) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        BiConsumer<String, List<String>> sink = map::put;
        if (query.isTextual()) {
            for (String pair : query.asText().split("&")) {
                if (!pair.isEmpty()) {
                    String[] kv = pair.split("=", 2);
                    sink.accept(decode(kv[0]), List.of(kv.length > 1 ? decode(kv[1]) : ""));
                }
            }
        } else {
            query.fields().forEachRemaining(e -> sink.accept(e.getKey(), values(e.getValue())));
        }
        return map;
    }

    /** V2/V3 bodies are the JSON itself (or a string); V4 bodies are {@code {"content", "contentType", "encoded"}}. */
    private String body(JsonNode body) throws IOException {
        if (body.isMissingNode() || body.isNull()) {
            return null;
        }
        if (body.isObject() && body.has("content") && body.has("contentType")) {
            JsonNode content = body.get("content");
            String encoded = body.path("encoded").asText("false");
            if (content.isTextual() && !encoded.equals("false")) {
                return new String(Base64.getDecoder().decode(content.asText()), StandardCharsets.UTF_8);
            }
            return content.isTextual() ? content.asText() : mapper.writeValueAsString(content);
        }
        return body.isTextual() ? body.asText() : mapper.writeValueAsString(body);
    }

    private static List<String> values(JsonNode value) {
        if (value.isArray()) {
            List<String> values = new ArrayList<>();
            value.forEach(v -> values.add(v.asText()));
            return values;
        }
        return List.of(value.asText());
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
