package io.kling4j.mcp;

import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.DefaultServerTransportSecurityValidator;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.Wrapper;
import org.apache.catalina.startup.Tomcat;

/**
 * A {@link KlingMcpServer} on the MCP streamable HTTP transport, at {@code http://127.0.0.1:PORT/mcp}, served by
 * an embedded Tomcat bound to loopback only (hosts and origins other than loopback are refused). Close it to stop.
 */
public final class McpHttpServer implements AutoCloseable {
    private static final String ENDPOINT = "/mcp";
    private final Tomcat tomcat;
    private final McpSyncServer server;
    private final Path baseDir;

    private McpHttpServer(Tomcat tomcat, McpSyncServer server, Path baseDir) {
        this.tomcat = tomcat;
        this.server = server;
        this.baseDir = baseDir;
    }

    /**
     * @param kling the tools to serve
     * @param port the loopback port (0: any free port)
     * @return the running server
     */
    public static McpHttpServer start(KlingMcpServer kling, int port) {
        HttpServletStreamableServerTransportProvider transport = HttpServletStreamableServerTransportProvider.builder()
                .mcpEndpoint(ENDPOINT)
                .keepAliveInterval(Duration.ofSeconds(30))
                .securityValidator(DefaultServerTransportSecurityValidator.builder()
                        .allowedHost("127.0.0.1:*").allowedHost("localhost:*")
                        .allowedOrigin("http://127.0.0.1:*").allowedOrigin("http://localhost:*").build())
                .build();
        McpSyncServer server = kling.serve(transport);
        try {
            Path baseDir = Files.createTempDirectory("kling4j-mcp-tomcat");
            Tomcat tomcat = new Tomcat();
            tomcat.setBaseDir(baseDir.toString());
            tomcat.setPort(port);
            tomcat.getConnector().setProperty("address", "127.0.0.1");
            tomcat.getConnector().setAsyncTimeout(Duration.ofMinutes(11).toMillis()); // longer than the longest wait
            Context context = tomcat.addContext("", baseDir.toString());
            Wrapper wrapper = context.createWrapper();
            wrapper.setName("mcp");
            wrapper.setServlet(transport);
            wrapper.setLoadOnStartup(1);
            wrapper.setAsyncSupported(true);
            context.addChild(wrapper);
            context.addServletMappingDecoded("/*", "mcp");
            tomcat.start();
            return new McpHttpServer(tomcat, server, baseDir);
        } catch (IOException e) {
            server.close();
            throw new UncheckedIOException(e);
        } catch (LifecycleException e) {
            server.close();
            throw new IllegalStateException("cannot start the MCP HTTP server on 127.0.0.1:" + port + ": " + e.getMessage(), e);
        }
    }

    /** @return where MCP clients connect, e.g. {@code http://127.0.0.1:8765/mcp} */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + tomcat.getConnector().getLocalPort() + ENDPOINT);
    }

    @Override
    public void close() {
        server.closeGracefully();
        try {
            tomcat.stop();
            tomcat.destroy();
        } catch (LifecycleException ignored) {
            // stopping anyway
        }
        try (var files = Files.walk(baseDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder
        }
    }
}
