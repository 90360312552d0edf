package io.kling4j.mcp;

import io.kling4j.client.KlingClient;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.spec.McpSchema.ServerCapabilities;
import io.modelcontextprotocol.spec.McpServerTransportProvider;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * kling4j as a Model Context Protocol server: its tools are derived from the spec (one {@code create_<endpoint>}
 * per task endpoint, whose input schema is that endpoint's request schema) plus {@code get_task},
 * {@code wait_for_task}, {@code download_video}, {@code quote}, {@code balance} and {@code list_models}, all over
 * one {@link KlingClient}. One server keeps one money guard: its {@code --budget} counts every create made through
 * it, over every transport session. Serve it on stdio ({@link #serveStdio}) or streamable HTTP on loopback
 * ({@link McpHttpServer}). The client is the caller's: closing the server does not close it.
 */
public final class KlingMcpServer {
    private final KlingClient client;
    private final Path downloadDir;
    private final BigDecimal maxCostPerTask;
    private final BigDecimal budget;
    private final String instructions;
    private final SpecCatalog catalog = SpecCatalog.load();
    private final MoneyGuard guard;

    private KlingMcpServer(Builder b) {
        this.client = b.client;
        this.downloadDir = b.downloadDir;
        this.maxCostPerTask = b.maxCostPerTask;
        this.budget = b.budget;
        this.instructions = b.instructions;
        this.guard = new MoneyGuard(maxCostPerTask, budget, (endpoint, body) -> client.quote((io.kling4j.client.TaskParams) body).amountUsd());
    }

    /**
     * @param client the client every tool uses
     * @return a builder
     */
    public static Builder builder(KlingClient client) {
        return new Builder(client);
    }

    /** @return the names of the tools this server offers, in order */
    public List<String> toolNames() {
        return tools().stream().map(t -> t.tool().name()).toList();
    }

    /**
     * Builds the MCP server on a transport; it serves until closed.
     *
     * @param transport e.g. a stdio or streamable-HTTP transport provider of the MCP Java SDK
     * @return the running server
     */
    public McpSyncServer serve(McpServerTransportProvider transport) {
        return configure(McpServer.sync(transport));
    }

    /**
     * Builds the MCP server on a streamable transport; it serves until closed.
     *
     * @param transport e.g. the MCP Java SDK's streamable-HTTP servlet transport
     * @return the running server
     */
    public McpSyncServer serve(io.modelcontextprotocol.spec.McpStreamableServerTransportProvider transport) {
        return configure(McpServer.sync(transport));
    }

    private McpSyncServer configure(McpServer.SyncSpecification<?> spec) {
        // the SDK's own schema check would answer a range error without the violations list: kling4j's rule check
        // covers the same schema constraints and reports every violation with its field, rule and model
        return spec.serverInfo("kling4j", Version.current())
                .validateToolInputs(false)
                .instructions(instructions())
                .capabilities(ServerCapabilities.builder().tools(false).build())
                .tools(tools())
                .build();
    }

    /**
     * Serves on this process's stdin/stdout until stdin ends.
     *
     * @param in the requests (normally {@code System.in})
     * @param out the responses (normally {@code System.out}; nothing else may write there)
     * @return the running server
     */
    public McpSyncServer serveStdio(java.io.InputStream in, java.io.OutputStream out) {
        return serve(new io.modelcontextprotocol.server.transport.StdioServerTransportProvider(
                McpJsonDefaults.getMapper(), in, out));
    }

    private List<SyncToolSpecification> tools() {
        List<SyncToolSpecification> tools = new ArrayList<>(new TaskTools(client, catalog, downloadDir, guard)
                .specifications());
        tools.add(new QuoteTool(client, catalog, guard).specification());
        tools.addAll(new AccountTools(client, catalog).specifications());
        return tools;
    }

    private String instructions() {
        StringBuilder s = new StringBuilder("Kling video generation through RunAPI (" + client.baseUrl() + "). "
                + "Typical flow: list_models, quote, create_<endpoint> (returns task_id), wait_for_task (repeat while"
                + " still_running), download_video. Creates cost money; every create is checked against the spec's"
                + " per-model rules before anything is sent and carries an idempotency key.");
        if (maxCostPerTask != null) {
            s.append(" Creates quoted over $").append(maxCostPerTask.toPlainString()).append(" are refused.");
        }
        if (budget != null) {
            s.append(" This server's budget is $").append(budget.toPlainString()).append('.');
        }
        if (instructions != null) {
            s.append(' ').append(instructions);
        }
        return s.toString();
    }

    /** Settings of a {@link KlingMcpServer}. */
    public static final class Builder {
        private final KlingClient client;
        private Path downloadDir = Path.of("kling-videos");
        private BigDecimal maxCostPerTask;
        private BigDecimal budget;
        private String instructions;

        private Builder(KlingClient client) {
            this.client = Objects.requireNonNull(client, "client");
        }

        /**
         * @param dir the only folder {@code download_video} writes into (default {@code ./kling-videos})
         * @return this builder
         */
        public Builder downloadDir(Path dir) {
            this.downloadDir = Objects.requireNonNull(dir, "dir");
            return this;
        }

        /**
         * @param usd refuse a create quoted above this, before sending it; null for no limit
         * @return this builder
         */
        public Builder maxCostPerTask(BigDecimal usd) {
            this.maxCostPerTask = positive("maxCostPerTask", usd);
            return this;
        }

        /**
         * @param usd refuse a create that would take the quoted spending of this server's lifetime above this; null
         *     for no limit
         * @return this builder
         */
        public Builder budget(BigDecimal usd) {
            this.budget = positive("budget", usd);
            return this;
        }

        /**
         * @param text added to the server's instructions (e.g. that it serves an embedded sandbox)
         * @return this builder
         */
        public Builder instructions(String text) {
            this.instructions = text;
            return this;
        }

        /** @return the server */
        public KlingMcpServer build() {
            return new KlingMcpServer(this);
        }

        private static BigDecimal positive(String name, BigDecimal usd) {
            if (usd != null && usd.signum() <= 0) {
                throw new IllegalArgumentException(name + " must be more than 0 USD (was " + usd.toPlainString() + ")");
            }
            return usd;
        }
    }
}
