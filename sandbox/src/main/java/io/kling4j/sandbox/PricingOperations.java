package io.kling4j.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * RunAPI's pricing endpoints, from the sandbox's {@link PriceTable}: {@code GET /api/v1/price_schedules} (one
 * entry per Kling action, with an {@code ETag}; 304 for a matching {@code If-None-Match}, or for {@code *}) and
 * {@code POST /api/v1/price_quotes}, whose amount is the {@code usage.cost} the same create body gets once
 * completed (both come from {@link TaskRequests#billing}), rounded up to whole cents as the ledger charges it.
 */
final class PricingOperations {
    /** The only service the sandbox prices. */
    static final String SERVICE = "kling";
    /** {@code as_of} of every answer: the sandbox's price table never changes. */
    static final String AS_OF = "2026-01-01T00:00:00Z";

    private final TaskStore store;
    private final CreateBodyValidator validator;

    /** Validates a create body of an endpoint as that endpoint's create would; returns its problems. */
    interface CreateBodyValidator {
        List<String> problems(TaskEndpoint endpoint, String body);
    }

    PricingOperations(TaskStore store, CreateBodyValidator validator) {
        this.store = store;
        this.validator = validator;
    }

    /** {@code GET /api/v1/price_schedules?service&action&model}. */
    void schedules(HttpExchange exchange) throws IOException {
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        String service = query.get("service");
        String action = query.get("action");
        String model = query.get("model");
        ObjectNode list = Json.MAPPER.createObjectNode().put("as_of", AS_OF);
        var entries = list.putArray("price_schedules");
        if (service == null || SERVICE.equals(service)) {
            for (TaskEndpoint endpoint : TaskEndpoint.all()) {
                if (action == null || action.equals(endpoint.segment())) {
                    entries.add(schedule(endpoint, model));
                }
            }
        }
        byte[] bytes = Json.bytes(list);
        String etag = etag(bytes);
        exchange.getResponseHeaders().set("ETag", etag);
        if (matches(exchange.getRequestHeaders().getFirst("If-None-Match"), etag)) {
            exchange.sendResponseHeaders(304, -1);
            return;
        }
        Exchanges.sendJson(exchange, 200, list);
    }

    /** {@code POST /api/v1/price_quotes} with a spec-valid body. */
    void quote(HttpExchange exchange, JsonNode body) throws IOException {
        String service = body.path("service").asText();
        String action = body.path("action").asText();
        if (!SERVICE.equals(service)) {
            Exchanges.sendError(exchange, 400, "invalid_request", "service: must be " + SERVICE);
            return;
        }
        Optional<TaskEndpoint> endpoint = TaskEndpoint.fromSegment(action);
        if (endpoint.isEmpty()) {
            Exchanges.sendError(exchange, 400, "invalid_request",
                    "action: must be one of " + String.join(", ", TaskEndpoint.segments()));
            return;
        }
        JsonNode params = body.path("params").isObject() ? body.get("params") : Json.MAPPER.createObjectNode();
        List<String> problems = validator.problems(endpoint.get(), Json.MAPPER.writeValueAsString(params));
        if (!problems.isEmpty()) {
            Exchanges.sendError(exchange, 400, "invalid_request", "params." + String.join("; params.", problems));
            return;
        }
        SandboxTask source = params.path("source_task_id").isTextual()
                ? store.find(params.get("source_task_id").asText()).orElse(null) : null;
        TaskRequests.Billing billing = TaskRequests.billing(endpoint.get(), params, source);
        long cents = BigDecimal.valueOf(billing.cost()).movePointRight(2).setScale(0, RoundingMode.CEILING)
                .longValueExact();
        ObjectNode quote = Json.MAPPER.createObjectNode();
        quote.putObject("price_quote")
                .put("service", SERVICE)
                .put("action", action)
                .put("model", body.path("model").isTextual() ? body.get("model").asText()
                        : params.path("model").asText(null))
                .put("pricing_status", "available")
                .put("currency", "USD")
                .put("reservation_amount_cents", cents)
                .put("estimate_basis", "exact")
                .put("as_of", AS_OF)
                .put("billing_unit", "second")
                .put("billed_units", billing.seconds())
                .put("unit_price_usd", billing.rate());
        Exchanges.sendJson(exchange, 200, quote);
    }

    private static ObjectNode schedule(TaskEndpoint endpoint, String model) {
        ObjectNode entry = Json.MAPPER.createObjectNode()
                .put("service", SERVICE)
                .put("action", endpoint.segment())
                .put("model", model)
                .put("pricing_status", "available")
                .put("catalog_status", "active")
                .put("currency", "USD")
                .put("billing_unit", "second")
                .put("billing_strategy", "per_second")
                .put("unit_price_cents", PriceTable.ratePerSecond(PriceTable.DEFAULT_RESOLUTION, false)
                        .movePointRight(2).longValueExact());
        ObjectNode config = entry.putObject("billing_config");
        ObjectNode rates = config.putObject("usd_per_second");
        for (String resolution : List.of("720p", "1080p", "4k")) {
            rates.put(resolution, PriceTable.ratePerSecond(resolution, false));
        }
        config.put("sound_multiplier", PriceTable.ratePerSecond("720p", true)
                .divide(PriceTable.ratePerSecond("720p", false)).stripTrailingZeros());
        config.put("default_duration_seconds", PriceTable.DEFAULT_DURATION_SECONDS);
        config.put("default_resolution", PriceTable.DEFAULT_RESOLUTION);
        if (endpoint.continuesSource()) {
            config.put("billed_seconds", TaskRequests.EXTENSION_SECONDS);
        }
        return entry;
    }

    /** RFC 9110 {@code If-None-Match}: {@code *}, or a comma-separated list of (possibly weak) tags. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.trim();
            if (t.equals("*") || (t.startsWith("W/") ? t.substring(2) : t).equals(etag)) {
                return true;
            }
        }
        return false;
    }

    private static String etag(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"ps-" + HexFormat.of().formatHex(digest, 0, 6) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            values.putIfAbsent(name, value);
        }
        return values;
    }
}
