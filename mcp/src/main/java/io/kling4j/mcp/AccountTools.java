package io.kling4j.mcp;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kling4j.client.KlingClient;
import io.kling4j.client.errors.KlingException;
import io.kling4j.generated.ApiClient;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The free tools that spend nothing: {@code balance} and {@code list_models}. */
final class AccountTools {
    private static final Map<String, Object> NO_ARGUMENTS = Map.of("type", "object", "properties", Map.of());
    private final KlingClient client;
    private final SpecCatalog catalog;
    private final ObjectMapper mapper = ApiClient.createDefaultObjectMapper();

    AccountTools(KlingClient client, SpecCatalog catalog) {
        this.client = client;
        this.catalog = catalog;
    }

    List<SyncToolSpecification> specifications() {
        List<SyncToolSpecification> tools = new ArrayList<>();
        tools.add(SyncToolSpecification.builder()
                .tool(Tool.builder("balance", NO_ARGUMENTS).description("The RunAPI account's credit balance, in US"
                        + " cents (balance_cents, paid, bonus, spent today and in total). Free.").build())
                .callHandler((exchange, request) -> {
                    try {
                        return ToolResults.ok(mapper.convertValue(client.balance(), new TypeReference<Map<String, Object>>() {
                        }));
                    } catch (KlingException e) {
                        return ToolResults.error(e);
                    }
                }).build());
        tools.add(SyncToolSpecification.builder()
                .tool(Tool.builder("list_models", NO_ARGUMENTS).description("The Kling models kling4j knows per create"
                        + " tool, with each model's rules (durations, ratios, resolutions, required and forbidden"
                        + " fields). Offline; free.").build())
                .callHandler((exchange, request) -> ToolResults.ok(models())).build());
        return tools;
    }

    private Map<String, Object> models() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (SpecCatalog.TaskEndpoint e : catalog.taskEndpoints()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("models", List.copyOf(e.models()));
            one.put("rules", RuleSummary.of(e.modelRules()));
            out.put("create_" + e.segment(), one);
        }
        return out;
    }
}
