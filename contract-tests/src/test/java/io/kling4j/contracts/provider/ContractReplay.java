package io.kling4j.contracts.provider;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * How a replayed SCC contract's answer is compared with the provider's: the status equals; the
 * {@code Content-Type} is JSON; every field of the contract's response body is present with the same JSON type
 * (recursively; arrays by their first item), and the fields kling4j branches on ({@code status},
 * {@code error.code}) are equal. Ids, URLs, messages and amounts are the provider's own.
 */
final class ContractReplay {
    private static final List<String> EQUAL_FIELDS = List.of("/status", "/error/code");

    private ContractReplay() {
    }

    /** @return every difference, one line each; empty when the answer honours the contract */
    static List<String> differences(JsonNode contractResponse, int status, Map<String, List<String>> headers, JsonNode body) {
        List<String> out = new ArrayList<>();
        int expected = contractResponse.path("status").asInt();
        if (expected != status) {
            out.add("status " + status + ", contract says " + expected);
            return out;
        }
        contractResponse.path("headers").fieldNames().forEachRemaining(name -> {
            if (headers.keySet().stream().noneMatch(name::equalsIgnoreCase)) {
                out.add("header " + name + " is missing");
            }
        });
        JsonNode expectedBody = contractResponse.path("body");
        if (!expectedBody.isMissingNode()) {
            String type = headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("content-type"))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse("");
            if (!type.startsWith("application/json")) {
                out.add("Content-Type " + type + ", contract says application/json");
            }
            sameShape("", expectedBody, body, out);
            for (String pointer : EQUAL_FIELDS) {
                JsonNode want = expectedBody.at(pointer);
                if (!want.isMissingNode() && !want.equals(body.at(pointer))) {
                    out.add(pointer + " is " + body.at(pointer) + ", contract says " + want);
                }
            }
        }
        return out;
    }

    private static void sameShape(String at, JsonNode expected, JsonNode actual, List<String> out) {
        if (actual == null || actual.isMissingNode() || actual.isNull()) {
            out.add((at.isEmpty() ? "body" : at) + " is missing");
        } else if (expected.getNodeType() != actual.getNodeType()) {
            out.add(at + " is " + actual.getNodeType() + ", contract says " + expected.getNodeType());
        } else if (expected.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                var field = it.next();
                sameShape(at + "/" + field.getKey(), field.getValue(), actual.get(field.getKey()), out);
            }
        } else if (expected.isArray() && !expected.isEmpty()) {
            sameShape(at + "/0", expected.get(0), actual.get(0), out);
        }
    }
}
