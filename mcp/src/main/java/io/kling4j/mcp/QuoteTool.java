package io.kling4j.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kling4j.client.Endpoint;
import io.kling4j.client.KlingClient;
import io.kling4j.client.PriceQuote;
import io.kling4j.client.errors.KlingException;
import io.kling4j.generated.ApiClient;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code quote}: what a create would cost, from RunAPI's price quote, and whether the server's guard would allow it. */
final class QuoteTool {
    private final KlingClient client;
    private final SpecCatalog catalog;
    private final MoneyGuard guard;
    private final ObjectMapper mapper = ApiClient.createDefaultObjectMapper();

    QuoteTool(KlingClient client, SpecCatalog catalog, MoneyGuard guard) {
        this.client = client;
        this.catalog = catalog;
        this.guard = guard;
    }

    SyncToolSpecification specification() {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("endpoint", Map.of("type", "string", "enum",
                catalog.taskEndpoints().stream().map(SpecCatalog.TaskEndpoint::segment).toList(),
                "description", "Which create tool the request is for (its name without create_)."));
        props.put("request", Map.of("type", "object", "description",
                "The arguments you would pass to that create tool (without idempotency_key)."));
        Map<String, Object> schema = Map.of("type", "object", "properties", props, "required", List.of("endpoint", "request"));
        return SyncToolSpecification.builder()
                .tool(Tool.builder("quote", schema).description("The price of a create before it is submitted, in USD"
                        + " (RunAPI's price quote; nothing is created or charged), and whether this server's"
                        + " --max-cost-per-task and --budget would let it through. Free.").build())
                .callHandler((exchange, request) -> quote(request.arguments()))
                .build();
    }

    private CallToolResult quote(Map<String, Object> args) {
        try {
            Object endpointName = args == null ? null : args.get("endpoint");
            Object body = args == null ? null : args.get("request");
            if (!(endpointName instanceof String name) || !(body instanceof Map<?, ?> fields)) {
                throw new IllegalArgumentException("endpoint (string) and request (object) are required");
            }
            SpecCatalog.TaskEndpoint e = catalog.endpoint(name);
            Map<String, Object> cleaned = new LinkedHashMap<>();
            fields.forEach((k, v) -> cleaned.put(String.valueOf(k), v));
            cleaned.remove("idempotency_key");
            mapper.convertValue(cleaned, TaskTools.requestClass(e)); // the fields' JSON types
            PriceQuote quote = client.quote(io.kling4j.client.TaskParams.of(Endpoint.parse(name), cleaned));
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("endpoint", name);
            out.put("quoted_usd", quote.amountUsd());
            out.put("currency", quote.currency());
            out.put("description", quote.describe());
            quote.billedSeconds().ifPresent(s -> out.put("billed_seconds", s));
            quote.estimateBasis().ifPresent(b -> out.put("estimate_basis", b));
            out.putAll(guard.verdict(quote.amountUsd()));
            return ToolResults.ok(out);
        } catch (KlingException k) {
            return ToolResults.error(k);
        } catch (IllegalArgumentException bad) {
            return ToolResults.error("invalid_arguments", ToolResults.clip(bad.getMessage(), 300), Map.of());
        }
    }
}
