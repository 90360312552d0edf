package io.kling4j.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Sits in front of the API handler and applies {@link SandboxFaults} to {@code /api/} requests: answers
 * instead of it, delays it, or lets it handle the request into a {@link CapturingExchange} and then sends the
 * response broken or not at all. Requests no fault hits go straight through.
 */
final class FaultingHandler implements HttpHandler {
    private final SandboxFaults faults;
    private final HttpHandler api;

    FaultingHandler(SandboxFaults faults, HttpHandler api) {
        this.faults = faults;
        this.api = api;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        SandboxFaults.Decision decision = path.startsWith("/api/")
                ? faults.decide(exchange.getRequestMethod(), operationOf(path)) : null;
        if (decision == null) {
            api.handle(exchange);
            return;
        }
        try {
            apply(decision.action(), exchange);
        } finally {
            exchange.close();
            decision.handle().countHandled();
        }
    }

    /** @return the operation name of a path below {@code /api/v1/}: see {@link SandboxFaults} */
    static String operationOf(String path) {
        if (path.startsWith(TaskEndpoint.PREFIX)) {
            String rest = path.substring(TaskEndpoint.PREFIX.length());
            int slash = rest.indexOf('/');
            return slash < 0 ? rest : rest.substring(0, slash);
        }
        if (path.startsWith(ApiRoute.TASK_RESULTS)) {
            return "task_results";
        }
        return path.startsWith("/api/v1/") ? path.substring("/api/v1/".length()) : path;
    }

    private void apply(FaultAction action, HttpExchange exchange) throws IOException {
        switch (action.kind()) {
            case RESPOND -> respond(action, exchange);
            case RESET_BEFORE_BODY -> {
                // closing an exchange that sent no headers closes the connection; the body stays unread
            }
            case DELAY -> {
                try {
                    Thread.sleep(action.delay().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                api.handle(exchange);
            }
            case RESET_AFTER_BODY, TRUNCATED_JSON, MALFORMED_JSON -> afterHandling(action, exchange);
        }
    }

    private static void respond(FaultAction action, HttpExchange exchange) throws IOException {
        Exchanges.assignRequestId(exchange);
        action.headers().forEach(exchange.getResponseHeaders()::set);
        byte[] bytes = action.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", Exchanges.JSON);
        exchange.sendResponseHeaders(action.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private void afterHandling(FaultAction action, HttpExchange exchange) throws IOException {
        CapturingExchange capture = new CapturingExchange(exchange);
        api.handle(capture);
        if (action.kind() == FaultAction.Kind.RESET_AFTER_BODY || capture.status() < 0) {
            return;
        }
        byte[] body = capture.body();
        if (action.kind() == FaultAction.Kind.TRUNCATED_JSON) {
            exchange.sendResponseHeaders(capture.status(), Math.max(body.length, 2));
            OutputStream out = exchange.getResponseBody();
            out.write(body, 0, body.length / 2);
            out.flush();
            return;
        }
        byte[] broken = Arrays.copyOf(body, body.length / 2 + 9);
        System.arraycopy("<<broken>".getBytes(StandardCharsets.US_ASCII), 0, broken, body.length / 2, 9);
        exchange.sendResponseHeaders(capture.status(), broken.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(broken);
        }
    }
}
