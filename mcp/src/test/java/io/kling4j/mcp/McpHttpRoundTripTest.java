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
import io.modelcontextprotocol.spec.McpSchema.ProgressNotification;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An MCP client drives the server over streamable HTTP on loopback, against an embedded sandbox. */
class McpHttpRoundTripTest {
    @TempDir
    Path downloads;
    private KlingSandbox sandbox;
    private KlingClient kling;
    private McpHttpServer http;
    private McpSyncClient mcp;
    private final List<ProgressNotification> progress = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        sandbox = KlingSandbox.builder().pendingFor(Duration.ofMillis(300)).processingFor(Duration.ofMillis(300))
                .build().start();
        kling = KlingClient.builder().apiKey(sandbox.apiKey()).baseUrl(sandbox.baseUri()).build();
        http = McpHttpServer.start(KlingMcpServer.builder(kling).downloadDir(downloads).build(), 0);
        mcp = McpClient.sync(HttpClientStreamableHttpTransport.builder("http://127.0.0.1:" + http.uri().getPort())
                        .endpoint("/mcp").build())
                .requestTimeout(Duration.ofSeconds(60)).progressConsumer(progress::add).build();
        mcp.initialize();
    }

    @AfterEach
    void stop() {
        mcp.closeGracefully();
        http.close();
        kling.close();
        sandbox.close();
    }

    private CallToolResult call(String tool, Map<String, Object> args) {
        return mcp.callTool(CallToolRequest.builder(tool).arguments(args).build());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> body(CallToolResult r) {
        return (Map<String, Object>) r.structuredContent();
    }

    @Test
    void toolsComeFromTheSpecWithTheRequestSchemaAsInputSchema() {
        List<Tool> tools = mcp.listTools().tools();
        List<String> names = tools.stream().map(Tool::name).toList();
        assertTrue(names.containsAll(List.of("create_text_to_video", "create_image_to_video", "create_edit_video",
                "create_extend_video", "create_ai_avatar", "create_motion_control", "get_task", "wait_for_task",
                "download_video", "balance", "list_models")), names.toString());
        Tool t2v = tools.stream().filter(t -> t.name().equals("create_text_to_video")).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        Map<String, Object> props = (Map<String, Object>) t2v.inputSchema().get("properties");
        Map<?, ?> ratio = (Map<?, ?>) props.get("aspect_ratio");
        assertEquals(List.of("16:9", "9:16", "1:1"), ratio.get("enum"));
        Map<?, ?> duration = (Map<?, ?>) props.get("duration_seconds");
        assertEquals(3, ((Number) duration.get("minimum")).intValue());
        assertTrue(props.containsKey("idempotency_key"));
        assertTrue(t2v.description().contains("kling-3.0: duration_seconds 3-15"), t2v.description());
    }

    @Test
    void createWaitAndDownloadAnMp4WithProgressOnTheWay() throws Exception {
        CallToolResult created = call("create_text_to_video",
                Map.of("model", "kling-3.0", "prompt", "A fox in the snow", "duration_seconds", 5));
        assertFalse(created.isError(), created.toString());
        String taskId = (String) body(created).get("task_id");
        assertTrue(((String) body(created).get("idempotency_key")).length() > 10);

        CallToolResult done = mcp.callTool(CallToolRequest.builder("wait_for_task")
                .arguments(Map.of("endpoint", "text_to_video", "task_id", taskId, "timeout_seconds", 60))
                .progressToken("wait-1").build());
        assertFalse(done.isError(), done.toString());
        assertEquals("completed", body(done).get("status"));
        assertTrue(progress.size() >= 2, "progress notifications: " + progress);
        assertTrue(progress.get(0).message().contains("127.0.0.1"), "names the host: " + progress.get(0).message());

        CallToolResult saved = call("download_video", Map.of("endpoint", "text_to_video", "task_id", taskId,
                "file_name", "fox.mp4"));
        assertFalse(saved.isError(), saved.toString());
        byte[] mp4 = Files.readAllBytes(downloads.resolve("fox.mp4"));
        assertEquals("ftyp", new String(mp4, 4, 4, java.nio.charset.StandardCharsets.US_ASCII));

        assertEquals("completed", body(call("get_task", Map.of("endpoint", "text_to_video", "task_id", taskId)))
                .get("status"));
        assertFalse(call("balance", Map.of()).isError());
        assertTrue(body(call("list_models", Map.of())).containsKey("create_motion_control"));
    }

    @Test
    void everyCreateToolCreatesItsTaskFromTheSpecsExample() {
        List<SpecCatalog.TaskEndpoint> endpoints = SpecCatalog.load().taskEndpoints();
        assertTrue(endpoints.size() >= 6);
        for (SpecCatalog.TaskEndpoint e : endpoints) {
            Object source = e.example().get("source_task_id");
            if (source != null) {
                sandbox.seedTask("text_to_video", String.valueOf(source), "completed");
            }
            CallToolResult r = call("create_" + e.segment(), e.example());
            assertFalse(r.isError(), e.segment() + ": " + r);
            assertTrue(String.valueOf(body(r).get("task_id")).length() > 3, r.toString());
        }
    }

    @Test
    void aBrokenRuleIsAToolErrorListingEveryViolationAndSendsNothing() {
        CallToolResult r = call("create_text_to_video",
                Map.of("model", "kling-v2.6", "prompt", "x", "duration_seconds", 7, "output_resolution", "1080p"));
        assertTrue(r.isError());
        List<?> violations = (List<?>) body(r).get("violations");
        assertTrue(violations.size() >= 2, violations.toString());
        String text = ((TextContent) r.content().get(0)).text();
        assertTrue(text.contains("duration_seconds") && text.contains("output_resolution"), text);
        assertFalse(text.contains(sandbox.apiKey()));
        assertFalse(text.contains("\tat "), "no stack trace");
        assertEquals(0, sandbox.taskCount());
    }

    @Test
    void downloadsStayInsideTheFolder() {
        CallToolResult r = call("download_video", Map.of("endpoint", "text_to_video", "task_id", "t1",
                "file_name", "../escape.mp4"));
        assertTrue(r.isError());
        assertFalse(Files.exists(downloads.getParent().resolve("escape.mp4")));
    }

    @Test
    void aWaitBoundedByItsTimeoutReturnsTheTaskToResume() {
        String taskId = (String) body(call("create_text_to_video",
                Map.of("model", "kling-3.0", "prompt", "[slow] fox", "duration_seconds", 5))).get("task_id");
        sandbox.close(); // nobody answers any more: the wait runs into its bound
        CallToolResult r = call("wait_for_task", Map.of("endpoint", "text_to_video", "task_id", taskId,
                "timeout_seconds", 1));
        Map<String, Object> b = body(r);
        assertFalse(r.isError(), r.toString());
        assertEquals(Boolean.TRUE, b.get("still_running"));
        assertTrue(((String) b.get("resume")).contains(taskId));
    }
}
