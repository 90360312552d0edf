package io.kling4j.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback server that answers the per-call benchmark's two requests with the sandbox's exact response shape
 * (headers and body) and no validation, so that a call's latency is the client's cost plus loopback, not the
 * sandbox's spec validation. Checks only the bearer key.
 */
final class StubServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService pool = StubServer.daemonPool("bench-stub-server");
    private final AtomicLong ids = new AtomicLong(1_000_000_000L);
    private final String auth;

    StubServer(String key) throws IOException {
        this.auth = "Bearer " + key;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(CallVariant.PATH, this::handle);
        server.setExecutor(pool);
        server.start();
    }

    /** @return the 2 daemon threads of a loopback test server, named {@code name} */
    static ExecutorService daemonPool(String name) {
        return Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** @return the origin, like a sandbox's baseUri() */
    URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            in.readAllBytes();
        }
        if (!auth.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            send(exchange, 401, "{\"error\":{\"code\":\"unauthorized\",\"message\":\"Invalid API key\"}}", null);
            return;
        }
        String path = exchange.getRequestURI().getPath();
        String id = "POST".equals(exchange.getRequestMethod())
                ? "task_" + Long.toString(ids.incrementAndGet(), 36) + "qtzdiqheeffxn7r"
                : path.substring(path.lastIndexOf('/') + 1);
        send(exchange, 200, "{\"id\":\"" + id + "\",\"status\":\"processing\"}", id);
    }

    private static void send(HttpExchange exchange, int status, String body, String taskId) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("X-Request-Id", "req_720b9260be21bf831f86f941");
        if (taskId != null) {
            exchange.getResponseHeaders().set("X-RunAPI-Task-Id", taskId);
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
