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
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback server for upload throughput: {@code POST /api/v1/files} reads the body into one reused 64 KiB buffer,
 * counting its bytes (no parsing, no storage), then answers like RunAPI's upload. The sandbox keeps what it is
 * sent; this server keeps nothing, so a body of any size costs it no memory.
 */
final class DrainServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService pool = StubServer.daemonPool("bench-drain-server");
    private final AtomicLong received = new AtomicLong();

    DrainServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v1/files", this::handle);
        server.setExecutor(pool);
        server.start();
    }

    /** @return the origin, like a sandbox's baseUri() */
    URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** @return body bytes received since the last {@link #reset()} */
    long received() {
        return received.get();
    }

    void reset() {
        received.set(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = exchange.getRequestBody()) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                received.addAndGet(n);
            }
        }
        byte[] body = ("{\"file_name\":\"bench.bin\",\"url\":\"https://file.runapi.ai/bench.bin\",\"size_bytes\":"
                + received.get() + ",\"mime_type\":\"application/octet-stream\","
                + "\"created_at\":\"2026-11-29T00:00:00Z\",\"expires_at\":\"2026-11-29T01:00:00Z\"}")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
