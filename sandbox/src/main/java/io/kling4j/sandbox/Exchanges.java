package io.kling4j.sandbox;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Small helpers for writing responses on a {@link HttpExchange}. */
final class Exchanges {
    /** Header carrying the server-side id of each request. */
    static final String REQUEST_ID = "x-request-id";
    /** Media type of every JSON response. */
    static final String JSON = "application/json";

    private Exchanges() {
    }

    /** Gives the response a fresh {@code x-request-id}. */
    static void assignRequestId(HttpExchange exchange) {
        exchange.getResponseHeaders().set(REQUEST_ID, Ids.requestId());
    }

    /** Sends {@code body} as JSON with the given status (headers only for HEAD). */
    static void sendJson(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = Json.bytes(body);
        exchange.getResponseHeaders().set("Content-Type", JSON);
        if (isHead(exchange)) {
            exchange.getResponseHeaders().set("Content-Length", Long.toString(bytes.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Sends RunAPI's error envelope. */
    static void sendError(HttpExchange exchange, int status, String code, String message) throws IOException {
        sendJson(exchange, status, Json.error(code, message));
    }

    /** Sends the envelope for an unexpected failure, unless a response was already started. */
    static void sendServerError(HttpExchange exchange, Exception cause) {
        try {
            if (exchange.getResponseCode() == -1) {
                sendError(exchange, 500, "server_error", "Sandbox failure: " + cause.getClass().getSimpleName());
            }
        } catch (IOException | RuntimeException ignored) {
            // the client went away; nothing left to tell it
        }
    }

    /** @return the request body, or {@code null} when it is longer than {@code limit} bytes */
    static byte[] readBody(HttpExchange exchange, int limit) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(limit + 1);
            return body.length > limit ? null : body;
        }
    }

    /** @return whether the request is a HEAD request */
    static boolean isHead(HttpExchange exchange) {
        return "HEAD".equals(exchange.getRequestMethod());
    }
}
