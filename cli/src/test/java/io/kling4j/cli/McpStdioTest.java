package io.kling4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.InitializeResult;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kling mcp} as an MCP host starts it: a separate JVM on stdio with no key, driven by the MCP Java SDK's
 * client: the tools are listed, a video is created, waited for and downloaded as an MP4.
 */
class McpStdioTest {
    @Test
    void anMcpHostGetsAnMp4OverStdioWithNoKey(@TempDir Path downloads) throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ServerParameters params = ServerParameters.builder(javaBin)
                .args("-cp", System.getProperty("java.class.path"), KlingCli.class.getName(), "mcp",
                        "--download-dir", downloads.toString())
                .env(Map.of("RUNAPI_API_KEY", "", "RUNAPI_BASE_URL", ""))
                .build();
        McpSyncClient mcp = McpClient.sync(new StdioClientTransport(params, McpJsonDefaults.getMapper()))
                .requestTimeout(Duration.ofSeconds(90)).initializationTimeout(Duration.ofSeconds(60)).build();
        long t0 = System.nanoTime();
        try {
            InitializeResult init = mcp.initialize();
            long t1 = System.nanoTime();
            assertTrue(init.instructions().contains("sandbox"), init.instructions());
            List<String> tools = mcp.listTools().tools().stream().map(Tool::name).toList();
            long t2 = System.nanoTime();
            assertTrue(tools.contains("create_text_to_video") && tools.contains("download_video"), tools.toString());

            CallToolResult created = mcp.callTool(CallToolRequest.builder("create_text_to_video")
                    .arguments(Map.of("model", "kling-3.0", "prompt", "A fox", "duration_seconds", 5)).build());
            assertFalse(created.isError(), created.toString());
            String id = (String) ((Map<?, ?>) created.structuredContent()).get("task_id");
            CallToolResult done = mcp.callTool(CallToolRequest.builder("wait_for_task")
                    .arguments(Map.of("endpoint", "text_to_video", "task_id", id, "timeout_seconds", 60)).build());
            assertEquals("completed", ((Map<?, ?>) done.structuredContent()).get("status"), done.toString());
            CallToolResult saved = mcp.callTool(CallToolRequest.builder("download_video")
                    .arguments(Map.of("endpoint", "text_to_video", "task_id", id)).build());
            assertFalse(saved.isError(), saved.toString());
            byte[] mp4 = Files.readAllBytes(Path.of((String) ((Map<?, ?>) saved.structuredContent()).get("path")));
            assertEquals("ftyp", new String(mp4, 4, 4, java.nio.charset.StandardCharsets.US_ASCII));
            // a figure for docs/agents.md, not an assertion
            System.out.printf("MCP over stdio: start+initialize %d ms, tools/list %d ms, create+wait+download %d ms%n",
                    (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000);
        } finally {
            mcp.closeGracefully();
        }
    }
}
