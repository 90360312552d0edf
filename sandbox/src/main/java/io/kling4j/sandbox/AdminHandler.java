package io.kling4j.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The admin API under {@value #PREFIX}, outside the spec's paths: drives the same {@link SandboxFaults} as the
 * Java API, without authentication but only for loopback peers (others get 403). Never faulted.
 *
 * <ul>
 *   <li>{@code POST /__sandbox/faults} {@code {"method":"POST","operation":"<segment>","attempt":1,
 *       "action":"respond","status":503,"body":{...},"headers":{"Retry-After":"2"}}}; {@code attempt} or
 *       {@code attempts: [from, to]} (default: every attempt); {@code action} is {@code respond},
 *       {@code rate_limited} ({@code retry_after_seconds}), {@code reset_before_body}, {@code reset_after_body},
 *       {@code delay} ({@code delay_ms}), {@code truncated_json} or {@code malformed_json}.</li>
 *   <li>{@code POST /__sandbox/faults/random} {@code {"rate":0.1,"seed":42}}</li>
 *   <li>{@code POST /__sandbox/faults/tasks} {@code {"fault":"fails","scope":"next"}} ({@code fails},
 *       {@code never_finishes}, {@code unknown_status}; scope {@code next} (default) or {@code all})</li>
 *   <li>{@code POST /__sandbox/faults/accepted} {@code {"polls":1}}: creates answer {@code 202 Accepted} with a
 *       {@code Location} whose result is ready after that many polls (RunAPI's hybrid task API); a negative
 *       {@code polls} switches it off, as does {@code DELETE /__sandbox/faults}.</li>
 *   <li>{@code GET /__sandbox/faults} lists the faults; {@code DELETE /__sandbox/faults} clears them all.</li>
 * </ul>
 */
final class AdminHandler implements HttpHandler {
    /** Path prefix of the admin API. */
    static final String PREFIX = "/__sandbox/";
    private static final String FAULTS = PREFIX + "faults";

    private final SandboxFaults faults;

    AdminHandler(SandboxFaults faults) {
        this.faults = faults;
    }

    @Override
    public void handle(HttpExchange exchange) {
        try {
            Exchanges.assignRequestId(exchange);
            if (!exchange.getRemoteAddress().getAddress().isLoopbackAddress()) {
                Exchanges.sendError(exchange, 403, "forbidden", "The admin API answers loopback peers only");
                return;
            }
            route(exchange, exchange.getRequestMethod(), exchange.getRequestURI().getRawPath());
        } catch (IllegalArgumentException | IOException e) {
            sendBadRequest(exchange, e.getMessage());
        } catch (RuntimeException e) {
            Exchanges.sendServerError(exchange, e);
        } finally {
            exchange.close();
        }
    }

    private void route(HttpExchange exchange, String method, String path) throws IOException {
        if (FAULTS.equals(path) && "GET".equals(method)) {
            Exchanges.sendJson(exchange, 200, Map.of("faults", faults.describe()));
        } else if (FAULTS.equals(path) && "DELETE".equals(method)) {
            faults.clear();
            Exchanges.sendJson(exchange, 200, Map.of("faults", faults.describe()));
        } else if (FAULTS.equals(path) && "POST".equals(method)) {
            FaultHandle handle = addRule(readJson(exchange));
            Exchanges.sendJson(exchange, 200, Map.of("added", handle.toString()));
        } else if ((FAULTS + "/random").equals(path) && "POST".equals(method)) {
            JsonNode body = readJson(exchange);
            FaultHandle handle = faults.randomRate(body.path("rate").asDouble(0), body.path("seed").asLong(0));
            Exchanges.sendJson(exchange, 200, Map.of("added", handle.toString()));
        } else if ((FAULTS + "/accepted").equals(path) && "POST".equals(method)) {
            int polls = readJson(exchange).path("polls").asInt(0);
            faults.acceptCreates(polls);
            Exchanges.sendJson(exchange, 200, Map.of("accepted_polls", polls));
        } else if ((FAULTS + "/tasks").equals(path) && "POST".equals(method)) {
            JsonNode body = readJson(exchange);
            TaskFault fault = TaskFault.valueOf(required(body, "fault").toUpperCase(Locale.ROOT));
            if ("all".equals(body.path("scope").asText("next"))) {
                faults.allTasks(fault);
            } else {
                faults.nextTask(fault);
            }
            Exchanges.sendJson(exchange, 200, Map.of("added", fault.name().toLowerCase(Locale.ROOT)));
        } else {
            Exchanges.sendError(exchange, 404, "not_found", "No admin route for " + method + " " + path);
        }
    }

    private FaultHandle addRule(JsonNode body) {
        FaultScript script = faults.on(body.path("method").asText("*"), body.path("operation").asText("*"));
        if (body.has("attempt")) {
            script.attempt(body.get("attempt").asInt());
        } else if (body.path("attempts").isArray()) {
            script.attempts(body.get("attempts").path(0).asInt(), body.get("attempts").path(1).asInt());
        }
        String action = required(body, "action");
        return switch (action) {
            case "respond" -> script.respond(body.path("status").asInt(500),
                    body.has("body") ? (body.get("body").isTextual() ? body.get("body").asText()
                            : body.get("body").toString()) : null, headers(body.path("headers")));
            case "rate_limited" -> script.rateLimited(Duration.ofSeconds(body.path("retry_after_seconds").asLong(1)));
            case "reset_before_body" -> script.resetBeforeBody();
            case "reset_after_body" -> script.resetAfterBody();
            case "delay" -> script.delay(Duration.ofMillis(body.path("delay_ms").asLong(0)));
            case "truncated_json" -> script.truncatedJson();
            case "malformed_json" -> script.malformedJson();
            default -> throw new IllegalArgumentException("unknown action: " + action);
        };
    }

    private static Map<String, String> headers(JsonNode node) {
        Map<String, String> headers = new LinkedHashMap<>();
        node.fields().forEachRemaining(field -> headers.put(field.getKey(), field.getValue().asText()));
        return headers;
    }

    private static String required(JsonNode body, String field) {
        if (!body.path(field).isTextual()) {
            throw new IllegalArgumentException(field + ": required");
        }
        return body.get(field).asText();
    }

    private static JsonNode readJson(HttpExchange exchange) throws IOException {
        byte[] bytes = Exchanges.readBody(exchange, 64 * 1024);
        if (bytes == null) {
            throw new IllegalArgumentException("body: too long");
        }
        return bytes.length == 0 ? Json.MAPPER.createObjectNode() : Json.MAPPER.readTree(bytes);
    }

    private static void sendBadRequest(HttpExchange exchange, String message) {
        try {
            Exchanges.sendError(exchange, 400, "invalid_request", String.valueOf(message));
        } catch (IOException ignored) {
            // the client went away
        }
    }
}
