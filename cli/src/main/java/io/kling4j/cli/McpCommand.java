package io.kling4j.cli;

import io.kling4j.mcp.KlingMcpServer;
import io.kling4j.mcp.McpHttpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code kling mcp}: kling4j as a Model Context Protocol server, on stdio or streamable HTTP on loopback. */
@Command(name = "mcp", mixinStandardHelpOptions = true,
        description = {"Serve kling4j's tools to an MCP host (agents, IDEs, desktop apps): one create tool per Kling",
                "endpoint (from the spec), get_task, wait_for_task, download_video, quote, balance, list_models.",
                "Stdio by default (stdout carries only the protocol; messages go to stderr).",
                "Without RUNAPI_API_KEY it serves the embedded sandbox and says so in its instructions."},
        footer = {"", "Examples:", "  kling mcp", "  kling mcp --max-cost-per-task 2 --budget 20 --download-dir ~/videos",
                "  kling mcp --http 8765          # http://127.0.0.1:8765/mcp"})
final class McpCommand implements Callable<Integer> {
    @ParentCommand
    KlingCli root;

    @Option(names = "--http", paramLabel = "PORT",
            description = "Serve the streamable HTTP transport on 127.0.0.1:PORT (0: any free port) instead of stdio.")
    Integer httpPort;

    @Option(names = "--download-dir", paramLabel = "DIR", defaultValue = "kling-videos",
            description = "The only folder download_video writes into (default ${DEFAULT-VALUE}).")
    Path downloadDir;

    @Option(names = "--max-cost-per-task", paramLabel = "USD",
            description = "Refuse, before sending, a create whose quote is above this.")
    BigDecimal maxCostPerTask;

    @Option(names = "--budget", paramLabel = "USD",
            description = "Refuse, before sending, a create that would take this server's quoted spending above this.")
    BigDecimal budget;

    /** Ends the stdio server when its input ends; tests and embedding may replace it. */
    InputStream stdin = System.in;

    @Override
    public Integer call() throws Exception {
        if (httpPort != null && (httpPort < 0 || httpPort > 65535)) {
            throw new IllegalArgumentException("--http must be a port from 0 to 65535 (was " + httpPort + ")");
        }
        try (Backend backend = Backend.open(root)) {
            KlingMcpServer server = KlingMcpServer.builder(backend.client()).downloadDir(downloadDir)
                    .maxCostPerTask(maxCostPerTask).budget(budget)
                    .instructions(backend.embedded() ? "No RUNAPI_API_KEY is set: this server serves an"
                            + " embedded kling4j sandbox on loopback (synthetic videos, no credits used); its tasks"
                            + " end with the server." : null)
                    .build();
            if (httpPort != null) {
                return serveHttp(server);
            }
            CountDownLatch ended = new CountDownLatch(1);
            McpSyncServer running = server.serveStdio(new EndAware(stdin, ended), root.out);
            root.err.println("kling mcp: serving " + server.toolNames().size() + " tools on stdio");
            ended.await();
            running.closeGracefully();
            return ExitCodes.OK;
        }
    }

    private int serveHttp(KlingMcpServer server) throws InterruptedException {
        java.util.logging.Logger.getLogger("org.apache").setLevel(java.util.logging.Level.WARNING);
        try (McpHttpServer http = McpHttpServer.start(server, httpPort)) {
            root.err.println("kling mcp: serving " + server.toolNames().size() + " tools at " + http.uri()
                    + " (loopback only; Ctrl-C stops)");
            new CountDownLatch(1).await(); // until the process is stopped
            return ExitCodes.OK;
        }
    }

    /** Counts down when the stream ends (the MCP host closed our stdin). */
    private static final class EndAware extends FilterInputStream {
        private final CountDownLatch ended;

        EndAware(InputStream in, CountDownLatch ended) {
            super(in);
            this.ended = ended;
        }

        @Override
        public int read() throws IOException {
            return ended(super.read());
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return ended(super.read(b, off, len));
        }

        private int ended(int n) {
            if (n < 0) {
                ended.countDown();
            }
            return n;
        }
    }
}
