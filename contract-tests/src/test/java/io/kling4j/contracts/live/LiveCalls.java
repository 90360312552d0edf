package io.kling4j.contracts.live;

import com.fasterxml.jackson.databind.JsonNode;
import io.kling4j.generated.rules.KlingRules;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Which pact interactions the live check may send to RunAPI, and how an answer is compared. Only calls that
 * cannot spend credits: the account and the balance (GET, 200), the status of an unknown task id (GET, 404), and
 * a task create that RunAPI must refuse by validation (POST, 400) whose body kling4j's own spec rules
 * ({@link KlingRules}) reject too. Anything else, uploads included, is never sent.
 */
final class LiveCalls {
    private LiveCalls() {
    }

    /** @return whether {@code interaction} (a pact V3 interaction) is safe and cheap to send to RunAPI */
    static boolean isFree(JsonNode interaction) {
        JsonNode request = interaction.path("request");
        String method = request.path("method").asText();
        String path = request.path("path").asText();
        int status = interaction.path("response").path("status").asInt();
        if (method.equals("GET") && status == 200 && (path.equals("/api/v1/me") || path.equals("/api/v1/me/balance"))) {
            return true;
        }
        if (method.equals("GET") && status == 404 && path.matches("/api/v1/kling/[a-z_]+/[A-Za-z0-9_-]+")) {
            return true;
        }
        if (method.equals("POST") && status == 400 && path.startsWith("/api/v1/kling/") && request.has("body")) {
            return KlingRules.bodySchema("POST", path)
                    .map(schema -> !KlingRules.check(schema, request.path("body")).isEmpty()).orElse(false);
        }
        return false;
    }

    /**
     * @return every difference between the pact's response and RunAPI's answer: the status; then every field of
     *     the pact's body present with the same JSON type (arrays by their first item), and an equal
     *     {@code error.code}
     */
    static List<String> differences(JsonNode expected, int status, JsonNode body) {
        List<String> out = new ArrayList<>();
        int want = expected.path("status").asInt();
        if (want != status) {
            out.add("status " + status + ", pact says " + want);
            return out;
        }
        JsonNode wantBody = expected.path("body");
        if (!wantBody.isMissingNode()) {
            sameShape("", wantBody, body, out);
            JsonNode code = wantBody.at("/error/code");
            if (!code.isMissingNode() && !code.equals(body.at("/error/code"))) {
                out.add("/error/code is " + body.at("/error/code") + ", pact says " + code);
            }
        }
        return out;
    }

    private static void sameShape(String at, JsonNode expected, JsonNode actual, List<String> out) {
        if (actual == null || actual.isMissingNode() || actual.isNull()) {
            out.add((at.isEmpty() ? "body" : at) + " is missing");
        } else if (expected.getNodeType() != actual.getNodeType()) {
            out.add(at + " is " + actual.getNodeType() + ", pact says " + expected.getNodeType());
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
