package io.kling4j.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** A loopback HTTP server that answers from a script and records every request. For tests. */
final class ScriptedServer implements AutoCloseable {
    /** One canned answer. */
    record Reply(int status, Map<String, String> headers, byte[] body) {
        static Reply json(int status, String json) {
            return new Reply(status, Map.of("Content-Type", "application/json", "x-request-id", "req_test"),
                    json.getBytes(StandardCharsets.UTF_8));
        }

        Reply with(String header, String value) {
            Map<String, String> h = new java.util.HashMap<>(headers);
            h.put(header, value);
            return new Reply(status, h, body);
        }
    }

    /** What arrived. */
    record Recorded(String method, String path, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final Deque<Function<Recorded, Reply>> script = new ArrayDeque<>();
    final List<Recorded> requests = new CopyOnWriteArrayList<>();
    /** Each request's path as sent, still percent-encoded. */
    final List<String> rawPaths = new CopyOnWriteArrayList<>();

    ScriptedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    synchronized ScriptedServer then(Reply reply) {
        script.add(r -> reply);
        return this;
    }

    synchronized ScriptedServer then(Function<Recorded, Reply> reply) {
        script.add(reply);
        return this;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Recorded recorded = new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                Map.copyOf(exchange.getRequestHeaders()), body);
        rawPaths.add(exchange.getRequestURI().getRawPath());
        requests.add(recorded);
        Function<Recorded, Reply> next;
        synchronized (this) {
            next = script.isEmpty() ? null : script.poll();
        }
        Reply reply = next == null ? Reply.json(500, "{\"error\":{\"message\":\"script exhausted\"}}")
                : next.apply(recorded);
        reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
        if (reply.body().length > 0) {
            exchange.getResponseBody().write(reply.body());
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
