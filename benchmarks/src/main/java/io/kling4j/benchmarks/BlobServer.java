package io.kling4j.benchmarks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;

/**
 * A loopback JDK HttpServer serving {@code GET /blob.mp4}: {@code size} synthetic bytes (a repeated 1 MiB pattern)
 * with a Content-Length, so a download of any size costs the server no memory. The stand-in for the sandbox CDN
 * until {@code KlingSandbox.publishBlob} is available.
 */
final class BlobServer implements AutoCloseable {
    private static final int CHUNK = 1 << 20;
    private final HttpServer server;
    private final ExecutorService pool = StubServer.daemonPool("bench-blob-server");

    BlobServer(long size) throws IOException {
        byte[] chunk = new byte[CHUNK];
        for (int i = 0; i < CHUNK; i++) {
            chunk[i] = (byte) (i * 31 + 7);
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/blob.mp4", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "video/mp4");
            exchange.sendResponseHeaders(200, size);
            try (OutputStream out = exchange.getResponseBody()) {
                for (long left = size; left > 0; left -= CHUNK) {
                    out.write(chunk, 0, (int) Math.min(CHUNK, left));
                }
            }
        });
        server.setExecutor(pool);
        server.start();
    }

    /** @return the blob's URL */
    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/blob.mp4");
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
