package io.kling4j.sandbox;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A loopback HTTP server that records the webhooks it receives; answers the scripted statuses, then 200. */
final class WebhookReceiver implements AutoCloseable {
    /** One received POST. */
    record Received(String body, Map<String, String> headers) {
    }

    private final HttpServer server;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final AtomicInteger calls = new AtomicInteger();
    private final int[] firstStatuses;

    WebhookReceiver(int... firstStatuses) {
        this.firstStatuses = firstStatuses;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            int call = calls.getAndIncrement();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(body, Map.of(
                    "content-type", String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")),
                    "task-id", String.valueOf(exchange.getRequestHeaders().getFirst("X-RunAPI-Task-Id")),
                    "authorization", String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")))));
            exchange.sendResponseHeaders(call < firstStatuses.length ? firstStatuses[call] : 200, -1);
            exchange.close();
        });
        server.start();
    }

    /** @return the URL to pass as {@code callback_url} */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** @return the next POST received, or {@code null} when none came in time */
    Received next(Duration timeout) throws InterruptedException {
        return received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** @return how many POSTs arrived */
    int calls() {
        return calls.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
