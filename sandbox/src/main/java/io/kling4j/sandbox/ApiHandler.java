package io.kling4j.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Front door of the API server: gives every response an {@code x-request-id} (and echoes
 * {@code X-Client-Request-Id}), checks the bearer key, routes to {@link TaskApi}, {@link FileOperations},
 * {@link AccountOperations} and {@link PricingOperations} (which answers without a key too), answers unknown paths
 * (404) and wrong methods (405), and rejects requests that break the spec (400) before anything is created. A task
 * id of a form RunAPI never issues is an unknown task (404), like any other id it does not know.
 */
final class ApiHandler implements HttpHandler {
    /** Largest request body of a task create, in bytes. */
    static final int MAX_BODY_BYTES = 1 << 20;
    private static final String CLIENT_REQUEST_ID = "X-Client-Request-Id";
    private static final Pattern PRINTABLE_ASCII = Pattern.compile("[\\x20-\\x7E]{1,512}");

    private final byte[] expectedToken;
    private final Supplier<SpecValidator> validator;
    private final TaskApi tasks;
    private final FileOperations files;
    private final AccountOperations account;
    private final PricingOperations pricing;

    ApiHandler(String apiKey, Supplier<SpecValidator> validator, TaskApi tasks, FileOperations files,
               AccountOperations account, PricingOperations pricing) {
        this.expectedToken = apiKey.getBytes(StandardCharsets.UTF_8);
        this.validator = validator;
        this.tasks = tasks;
        this.files = files;
        this.account = account;
        this.pricing = pricing;
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
        boolean anonymousPricing = ApiRoute.keyOptional(path)
                && exchange.getRequestHeaders().getFirst("Authorization") == null;
        if (path.startsWith("/api/") && !anonymousPricing && !authorized(exchange)) {
            Exchanges.sendError(exchange, 401, "unauthorized", "Missing or invalid API key");
            return;
        }
        ApiRoute route = ApiRoute.of(path);
        if (route == null) {
            Exchanges.sendError(exchange, 404, "not_found", "No route for " + method + " " + path);
            return;
        }
        if (!route.method().equals(method)) {
            exchange.getResponseHeaders().set("Allow", route.method());
            Exchanges.sendError(exchange, 405, "method_not_allowed",
                    "Method " + method + " is not allowed on " + path + "; use " + route.method());
            return;
        }
        switch (route.kind()) {
            case CREATE_TASK -> {
                Optional<JsonNode> body = validBody(exchange, path, MAX_BODY_BYTES, false);
                if (body.isPresent()) {
                    tasks.create(exchange, route.endpoint(), body.get());
                }
            }
            case TASK_RESULT -> {
                if (!KlingSandbox.isTaskId(route.taskId())) {
                    Exchanges.sendError(exchange, 404, "not_found", "Task result " + route.taskId() + " not found");
                } else if (valid(exchange, path, null)) {
                    tasks.result(exchange, route.taskId());
                }
            }
            case UPLOAD_FILE -> {
                Optional<JsonNode> body = validBody(exchange, path, FileOperations.MAX_BODY_BYTES, true);
                if (body.isPresent()) {
                    files.upload(exchange, body.get());
                }
            }
            case GET_TASK -> {
                if (!KlingSandbox.isTaskId(route.taskId())) {
                    Exchanges.sendError(exchange, 404, "not_found", "Task " + route.taskId() + " not found");
                } else if (valid(exchange, path, null)) {
                    tasks.get(exchange, route.endpoint(), route.taskId());
                }
            }
            case ACCOUNT -> {
                if (valid(exchange, path, null)) {
                    account.info(exchange);
                }
            }
            case BALANCE -> {
                if (valid(exchange, path, null)) {
                    account.balance(exchange);
                }
            }
            case PRICE_SCHEDULES -> {
                if (valid(exchange, path, null)) {
                    pricing.schedules(exchange);
                }
            }
            case PRICE_QUOTE -> {
                Optional<JsonNode> body = validBody(exchange, path, MAX_BODY_BYTES, false);
                if (body.isPresent()) {
                    pricing.quote(exchange, body.get());
                }
            }
        }
    }

    /**
     * Reads, parses and validates a JSON body. When it is too long (413 when {@code tooLargeIs413}, else 400),
     * malformed or against the spec, answers the error and returns empty.
     */
    private Optional<JsonNode> validBody(HttpExchange exchange, String path, int limit, boolean tooLargeIs413)
            throws IOException {
        byte[] bytes = Exchanges.readBody(exchange, limit);
        if (bytes == null) {
            String message = "body: must be at most " + limit + " bytes";
            if (tooLargeIs413) {
                Exchanges.sendError(exchange, 413, "payload_too_large", message);
            } else {
                invalid(exchange, message);
            }
            return Optional.empty();
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        JsonNode body = null;
        if (!text.isBlank()) {
            try {
                body = Json.MAPPER.readTree(text);
            } catch (JsonProcessingException e) {
                invalid(exchange, "body: malformed JSON (" + e.getOriginalMessage() + " at line "
                        + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
                return Optional.empty();
            }
        }
        return valid(exchange, path, text.isBlank() ? null : text) ? Optional.ofNullable(body) : Optional.empty();
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
}
