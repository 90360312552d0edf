package io.kling4j.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kling4j.client.Endpoint;
import io.kling4j.client.KlingClient;
import io.kling4j.client.KlingTask;
import io.kling4j.client.RequestOptions;
import io.kling4j.client.TaskParams;
import io.kling4j.client.WaitOptions;
import io.kling4j.client.errors.KlingException;
import io.kling4j.client.errors.TaskFailedException;
import io.kling4j.client.errors.WaitTimeoutException;
import io.kling4j.generated.ApiClient;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.ProgressNotification;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The task tools: one {@code create_<endpoint>} per task endpoint of the spec, and {@code get_task},
 * {@code wait_for_task}, {@code download_video}. Creates are checked against the spec's rules and the money guard
 * before anything is sent, and always carry an {@code Idempotency-Key}.
 */
final class TaskTools {
    private static final int MAX_WAIT_SECONDS = 600;
    private final KlingClient client;
    private final SpecCatalog catalog;
    private final Path downloadDir;
    private final MoneyGuard guard;
    private final ObjectMapper mapper = ApiClient.createDefaultObjectMapper();

    TaskTools(KlingClient client, SpecCatalog catalog, Path downloadDir, MoneyGuard guard) {
        this.client = client;
        this.catalog = catalog;
        this.downloadDir = downloadDir;
        this.guard = guard;
    }

    List<SyncToolSpecification> specifications() {
        List<SyncToolSpecification> tools = new ArrayList<>();
        for (SpecCatalog.TaskEndpoint e : catalog.taskEndpoints()) {
            tools.add(tool(createTool(e), (exchange, request) -> create(e, request)));
        }
        tools.add(tool(Tool.builder("get_task", TaskArguments.schema(catalog, false))
                .description("One look at a task: status, video URLs when completed, error when failed. Free.").build(),
                (exchange, request) -> get(request)));
        tools.add(tool(Tool.builder("wait_for_task", TaskArguments.schema(catalog, true))
                .description("Wait until a task completes or fails, sending MCP progress notifications while it polls"
                        + " (status changes; give a progressToken to receive them). Bounded by timeout_seconds (default"
                        + " 120, at most 600): when the bound passes the task is still running, and the result says"
                        + " so with the task reference to call wait_for_task again. Free.").build(),
                this::waitFor));
        tools.add(tool(Tool.builder("download_video", TaskArguments.downloadSchema(catalog))
                .description("Save a completed task's MP4 into the server's download folder (" + downloadDir
                        + "); file_name is a plain name inside that folder (default <task_id>.mp4). Free.").build(),
                (exchange, request) -> download(request)));
        return tools;
    }

    private Tool createTool(SpecCatalog.TaskEndpoint e) {
        Map<String, Object> schema = new LinkedHashMap<>(e.inputSchema());
        Map<String, Object> props = new LinkedHashMap<>(SpecCatalog.map(schema.get("properties")));
        props.put("idempotency_key", Map.of("type", "string", "minLength", 1, "maxLength", 512, "description",
                "Optional. Repeat a create safely: the same key with the same arguments returns the task it already"
                        + " made instead of a new one. One is generated when absent and returned in the result."));
        schema.put("properties", props);
        String rules = RuleSummary.of(e.modelRules());
        String summary = e.summary().isEmpty() || e.summary().endsWith(".") ? e.summary() : e.summary() + ".";
        String description = "Create a Kling " + e.segment().replace('_', ' ') + " task (POST " + e.path() + "). "
                + summary + " COSTS MONEY: check the price with the quote tool first. Every rule below is checked"
                + " before anything is sent; a broken rule comes back as an error listing each violation."
                + (rules.isEmpty() ? "" : "\nPer-model rules:\n" + rules);
        return Tool.builder("create_" + e.segment(), schema).description(description).build();
    }

    private CallToolResult create(SpecCatalog.TaskEndpoint e, CallToolRequest request) {
        Map<String, Object> args = new LinkedHashMap<>(request.arguments() == null ? Map.of() : request.arguments());
        Object given = args.remove("idempotency_key");
        String key = given == null ? UUID.randomUUID().toString() : String.valueOf(given);
        MoneyGuard.Reservation reservation = null;
        try {
            Endpoint endpoint = Endpoint.parse(e.segment());
            mapper.convertValue(args, requestClass(e)); // the fields' JSON types, checked by the spec's request model
            TaskParams body = TaskParams.of(endpoint, args);
            reservation = guard.reserve(endpoint, body);
            KlingTask task = client.submitAsync(body, RequestOptions.none().idempotencyKey(key)).join();
            reservation.keep();
            Map<String, Object> out = ToolResults.task(task);
            out.put("idempotency_key", key);
            reservation.cost().ifPresent(c -> out.put("quoted_usd", c));
            return ToolResults.ok(out);
        } catch (MoneyGuard.Refused refused) {
            return ToolResults.error("over_budget", refused.getMessage(), refused.details());
        } catch (java.util.concurrent.CompletionException c) {
            Throwable cause = c.getCause();
            if (reservation != null && !(cause instanceof KlingException k && k.taskMayExist())) {
                reservation.release(); // nothing was made: the money is not spent
            }
            return cause instanceof KlingException k ? ToolResults.error(k)
                    : ToolResults.error("internal", String.valueOf(cause), Map.of());
        } catch (KlingException k) {
            return ToolResults.error(k);
        } catch (IllegalArgumentException bad) {
            return ToolResults.error("invalid_arguments", ToolResults.clip(bad.getMessage(), 300), Map.of());
        }
    }

    private CallToolResult get(CallToolRequest request) {
        try {
            TaskArguments a = TaskArguments.of(catalog, request.arguments());
            return ToolResults.ok(ToolResults.task(client.get(a.endpoint(), a.taskId())));
        } catch (KlingException k) {
            return ToolResults.error(k);
        } catch (IllegalArgumentException bad) {
            return ToolResults.error("invalid_arguments", bad.getMessage(), Map.of());
        }
    }

    private CallToolResult waitFor(McpSyncServerExchange exchange, CallToolRequest request) {
        TaskArguments a;
        try {
            a = TaskArguments.of(catalog, request.arguments());
        } catch (IllegalArgumentException bad) {
            return ToolResults.error("invalid_arguments", bad.getMessage(), Map.of());
        }
        int seconds = a.timeoutSeconds(120, MAX_WAIT_SECONDS);
        Object token = request.meta() == null ? null : request.meta().get("progressToken");
        AtomicInteger step = new AtomicInteger();
        String host = client.baseUrl().getHost() + (client.baseUrl().getPort() > 0 ? ":" + client.baseUrl().getPort() : "");
        notify(exchange, token, step.incrementAndGet(), "waiting for task " + a.taskId() + " at " + host);
        try {
            KlingTask done = client.waitFor(a.endpoint(), a.taskId(), WaitOptions.builder()
                    .timeout(Duration.ofSeconds(seconds))
                    .listener((task, elapsed) -> notify(exchange, token, step.incrementAndGet(), "task " + task.id()
                            + " is " + task.status() + " after " + elapsed.toSeconds() + " s"))
                    .build());
            return ToolResults.ok(ToolResults.task(done));
        } catch (WaitTimeoutException timeout) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("task_id", a.taskId());
            out.put("endpoint", a.endpoint().path());
            out.put("status", timeout.lastSeen().map(t -> String.valueOf(t.status())).orElse("unknown"));
            out.put("still_running", true);
            out.put("resume", "call wait_for_task again with endpoint " + a.endpoint().path() + " and task_id "
                    + a.taskId() + "; the task goes on and is not paid again");
            return ToolResults.ok(out);
        } catch (TaskFailedException failed) {
            return ToolResults.error("task_failed", failed.getMessage(), ToolResults.task(failed.task()));
        } catch (KlingException k) {
            return ToolResults.error(k);
        }
    }

    private CallToolResult download(CallToolRequest request) {
        try {
            TaskArguments a = TaskArguments.of(catalog, request.arguments());
            Path target = DownloadFolder.resolve(downloadDir, a.fileName(), a.taskId());
            KlingTask task = client.get(a.endpoint(), a.taskId());
            if (!task.isCompleted()) {
                return ToolResults.error("not_completed", "task " + a.taskId() + " is " + task.status()
                        + "; call wait_for_task first", ToolResults.task(task));
            }
            Path saved = client.download(task, target);
            Map<String, Object> out = ToolResults.task(task);
            out.put("path", saved.toString());
            out.put("bytes", Files.size(saved));
            return ToolResults.ok(out);
        } catch (KlingException k) {
            return ToolResults.error(k);
        } catch (IllegalArgumentException bad) {
            return ToolResults.error("invalid_arguments", bad.getMessage(), Map.of());
        } catch (java.io.IOException io) {
            return ToolResults.error("download_failed", io.getMessage(), Map.of());
        }
    }

    private static void notify(McpSyncServerExchange exchange, Object token, int step, String message) {
        if (token != null) {
            try {
                exchange.progressNotification(new ProgressNotification(token, (double) step, null, message));
            } catch (RuntimeException gone) {
                // the client went away; the wait goes on for the caller
            }
        }
    }

    static Class<?> requestClass(SpecCatalog.TaskEndpoint e) {
        try {
            return Class.forName("io.kling4j.generated.model." + e.schemaName());
        } catch (ClassNotFoundException missing) {
            throw new IllegalStateException("no generated class for " + e.schemaName(), missing);
        }
    }

    private static SyncToolSpecification tool(Tool tool,
            java.util.function.BiFunction<McpSyncServerExchange, CallToolRequest, CallToolResult> handler) {
        return SyncToolSpecification.builder().tool(tool).callHandler(handler).build();
    }
}
