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
    /** How much of a too long request body is read and dropped before answering. */
    static final long MAX_DRAIN_BYTES = 64L * 1024 * 1024;

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

    /**
     * @return the request body, or {@code null} when it is longer than {@code limit} bytes; the rest of a too long
     *     body is read and dropped (up to {@value #MAX_DRAIN_BYTES} bytes), so the client that is still sending
     *     it gets the error answer instead of a reset connection
     */
    static byte[] readBody(HttpExchange exchange, int limit) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(limit + 1);
            if (body.length <= limit) {
                return body;
            }
            long left = MAX_DRAIN_BYTES;
            byte[] buffer = new byte[64 * 1024];
            int read;
            while (left > 0 && (read = in.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0) {
                left -= read;
            }
            return null;
        }
    }

    /** @return whether the request is a HEAD request */
    static boolean isHead(HttpExchange exchange) {
        return "HEAD".equals(exchange.getRequestMethod());
    }
}
