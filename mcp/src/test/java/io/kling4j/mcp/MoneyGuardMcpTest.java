package io.kling4j.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kling4j.client.KlingClient;
import io.kling4j.sandbox.KlingSandbox;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The money guard over MCP: a create quoted over {@code --max-cost-per-task}, or over what is left of
 * {@code --budget}, is refused with the quote in the message and nothing is created. Sandbox prices: 720p without
 * sound is 0.07 USD a second, so 5 s is 0.35 USD.
 */
class MoneyGuardMcpTest {
    private static final Map<String, Object> FIVE_SECONDS = Map.of("model", "kling-3.0", "prompt", "A fox",
            "duration_seconds", 5, "output_resolution", "720p");
    @TempDir
    Path downloads;
    private final KlingSandbox sandbox = KlingSandbox.builder().build().start();
    private final KlingClient kling = KlingClient.builder().apiKey(sandbox.apiKey()).baseUrl(sandbox.baseUri()).build();
    private McpHttpServer http;
    private McpSyncClient mcp;

    private void serve(KlingMcpServer.Builder server) {
        http = McpHttpServer.start(server.downloadDir(downloads).build(), 0);
        mcp = McpClient.sync(HttpClientStreamableHttpTransport.builder("http://127.0.0.1:" + http.uri().getPort())
                .endpoint("/mcp").build()).requestTimeout(Duration.ofSeconds(30)).build();
        mcp.initialize();
    }

    @AfterEach
    void stop() {
        if (mcp != null) {
            mcp.closeGracefully();
            http.close();
        }
        kling.close();
        sandbox.close();
    }

    private CallToolResult call(String tool, Map<String, Object> args) {
        return mcp.callTool(CallToolRequest.builder(tool).arguments(args).build());
    }

    private static Map<?, ?> body(CallToolResult r) {
        return (Map<?, ?>) r.structuredContent();
    }

    @Test
    void quoteTellsThePriceAndWhetherTheGuardAllowsIt() {
        serve(KlingMcpServer.builder(kling).maxCostPerTask(new BigDecimal("0.30")));
        CallToolResult q = call("quote", Map.of("endpoint", "text_to_video", "request", FIVE_SECONDS));
        assertFalse(q.isError(), q.toString());
        assertEquals(0, new BigDecimal("0.35").compareTo(new BigDecimal(String.valueOf(body(q).get("quoted_usd")))));
        assertEquals(Boolean.FALSE, body(q).get("allowed_by_this_server"));
        assertEquals(0, sandbox.taskCount());
    }

    @Test
    void aCreateOverTheMaxCostPerTaskIsRefusedBeforeAnythingIsSent() {
        serve(KlingMcpServer.builder(kling).maxCostPerTask(new BigDecimal("0.30")));
        CallToolResult r = call("create_text_to_video", FIVE_SECONDS);
        assertTrue(r.isError());
        assertEquals("over_budget", body(r).get("error"));
        assertTrue(String.valueOf(body(r).get("message")).contains("0.35"), r.toString());
        assertEquals(0, sandbox.taskCount());
    }

    @Test
    void theBudgetCountsEveryCreateOfTheServersLifetime() {
        serve(KlingMcpServer.builder(kling).budget(new BigDecimal("0.50")));
        assertFalse(call("create_text_to_video", FIVE_SECONDS).isError());
        CallToolResult second = call("create_text_to_video", FIVE_SECONDS);
        assertTrue(second.isError());
        assertTrue(String.valueOf(body(second).get("message")).contains("budget"), second.toString());
        assertEquals(1, sandbox.taskCount(), "the refused create reached nothing");
    }

    @Test
    void aRuleViolationIsReportedBeforeAnyQuoteOrCreate() {
        serve(KlingMcpServer.builder(kling).budget(new BigDecimal("5")));
        CallToolResult r = call("create_text_to_video", Map.of("model", "kling-3.0", "prompt", "x", "duration_seconds", 99));
        assertTrue(r.isError());
        assertTrue(body(r).containsKey("violations"), r.toString());
        assertEquals(0, sandbox.taskCount());
    }
}
