package io.kling4j.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Front door of the API server: gives every response an {@code x-request-id} (and echoes
 * {@code X-Client-Request-Id}), checks the bearer key, routes to {@link TaskApi}, answers unknown paths (404) and
 * wrong methods (405), and rejects requests that break the spec (400) before anything is created.
 */
final class ApiHandler implements HttpHandler {
    /** Largest request body accepted, in bytes. */
    static final int MAX_BODY_BYTES = 1 << 20;
    private static final String CLIENT_REQUEST_ID = "X-Client-Request-Id";
    private static final Pattern PRINTABLE_ASCII = Pattern.compile("[\\x20-\\x7E]{1,512}");

    private final byte[] expectedToken;
    private final Supplier<SpecValidator> validator;
    private final TaskApi tasks;

    ApiHandler(String apiKey, Supplier<SpecValidator> validator, TaskApi tasks) {
        this.expectedToken = apiKey.getBytes(StandardCharsets.UTF_8);
        this.validator = validator;
        this.tasks = tasks;
    }

    @Override
    public void handle(HttpExchange exchange) {
        try {
            Exchanges.assignRequestId(exchange);
            String clientId = exchange.getRequestHeaders().getFirst(CLIENT_REQUEST_ID);
            if (clientId != null && PRINTABLE_ASCII.matcher(clientId).matches()) {
                exchange.getResponseHeaders().set(CLIENT_REQUEST_ID, clientId);
            }
            route(exchange);
        } catch (Exception e) {
            Exchanges.sendServerError(exchange, e);
        } finally {
            exchange.close();
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        if (path.startsWith("/api/") && !authorized(exchange)) {
            Exchanges.sendError(exchange, 401, "unauthorized", "Missing or invalid API key");
            return;
        }
        Route route = Route.of(path);
        if (route == null) {
            Exchanges.sendError(exchange, 404, "not_found", "No route for " + method + " " + path);
        } else if (!route.method().equals(method)) {
            exchange.getResponseHeaders().set("Allow", route.method());
            Exchanges.sendError(exchange, 405, "method_not_allowed",
                    "Method " + method + " is not allowed on " + path + "; use " + route.method());
        } else if (route.taskId() == null) {
            create(exchange, route.endpoint(), path);
        } else if (valid(exchange, path, null)) {
            tasks.get(exchange, route.endpoint(), route.taskId());
        }
    }

    private void create(HttpExchange exchange, TaskEndpoint endpoint, String path) throws IOException {
        byte[] bytes = Exchanges.readBody(exchange, MAX_BODY_BYTES);
        if (bytes == null) {
            invalid(exchange, "body: must be at most " + MAX_BODY_BYTES + " bytes");
            return;
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        JsonNode body = null;
        if (!text.isBlank()) {
            try {
                body = Json.MAPPER.readTree(text);
            } catch (JsonProcessingException e) {
                invalid(exchange, "body: malformed JSON (" + e.getOriginalMessage() + " at line "
                        + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
                return;
            }
        }
        if (valid(exchange, path, text.isBlank() ? null : text)) {
            tasks.create(exchange, endpoint, body);
        }
    }

    /** Validates the whole request against the spec; answers 400 and returns false when it does not conform. */
    private boolean valid(HttpExchange exchange, String path, String body) throws IOException {
        List<String> problems = validator.get().validate(exchange.getRequestMethod(), path,
                exchange.getRequestHeaders(), body);
        if (problems.isEmpty()) {
            return true;
        }
        invalid(exchange, String.join("; ", problems));
        return false;
    }

    private static void invalid(HttpExchange exchange, String message) throws IOException {
        Exchanges.sendError(exchange, 400, "invalid_request", message);
    }

    /** Accepts exactly {@code Authorization: Bearer <key>} (scheme case-insensitive), compared in constant time. */
    private boolean authorized(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header == null || header.length() < 7 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] token = header.substring(7).trim().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(token, expectedToken);
    }

    /** A matched API path: the create route ({@code taskId == null}) or the status route of one endpoint. */
    private record Route(TaskEndpoint endpoint, String taskId) {
        static Route of(String path) {
            if (!path.startsWith(TaskEndpoint.PREFIX)) {
                return null;
            }
            String rest = path.substring(TaskEndpoint.PREFIX.length());
            int slash = rest.indexOf('/');
            TaskEndpoint endpoint = TaskEndpoint.fromSegment(slash < 0 ? rest : rest.substring(0, slash))
                    .orElse(null);
            if (endpoint == null) {
                return null;
            }
            if (slash < 0) {
                return new Route(endpoint, null);
            }
            String id = rest.substring(slash + 1);
            return id.isEmpty() || id.contains("/") ? null : new Route(endpoint, id);
        }

        String method() {
            return taskId == null ? "POST" : "GET";
        }
    }
}
