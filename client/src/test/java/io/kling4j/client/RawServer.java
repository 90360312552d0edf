package io.kling4j.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A socket-level HTTP/1.1 server on loopback, for failures a real HTTP server will not produce: a connection
 * dropped after the request body was read, a body shorter than its Content-Length, an answer withheld until a
 * latch opens. Each connection serves one request and is closed. For tests.
 */
final class RawServer implements AutoCloseable {
    /** What arrived (header names lower-cased). */
    record Request(String method, String target, Map<String, String> headers, byte[] body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** Answers (or deliberately fails to answer) one request. */
    @FunctionalInterface
    interface Handler {
        void handle(Request request, Socket socket) throws Exception;
    }

    private final ServerSocket server;
    private final Deque<Handler> script = new ArrayDeque<>();
    final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    RawServer() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::acceptLoop, "raw-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    synchronized RawServer then(Handler handler) {
        script.add(handler);
        return this;
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread t = new Thread(() -> serve(socket), "raw-server-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            Request request = read(socket.getInputStream());
            requests.add(request);
            Handler next;
            synchronized (this) {
                next = script.poll();
            }
            if (next == null) {
                respond(socket, 500, Map.of(), "{\"error\":{\"message\":\"script exhausted\"}}".getBytes());
            } else {
                next.handle(request, socket);
            }
        } catch (Exception ignored) {
            // the client went away; the test asserts on what it saw
        }
    }

    private static Request read(InputStream in) throws IOException {
        String requestLine = line(in);
        String[] parts = requestLine.split(" ");
        Map<String, String> headers = new HashMap<>();
        for (String h; !(h = line(in)).isEmpty(); ) {
            int colon = h.indexOf(':');
            headers.put(h.substring(0, colon).trim().toLowerCase(Locale.ROOT), h.substring(colon + 1).trim());
        }
        int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
        return new Request(parts[0], parts[1], Map.copyOf(headers), in.readNBytes(length));
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int c; (c = in.read()) != -1 && c != '\n'; ) {
            if (c != '\r') {
                out.write(c);
            }
        }
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    /** Writes a complete response (with Connection: close). */
    static void respond(Socket socket, int status, Map<String, String> headers, byte[] body) throws IOException {
        writeHead(socket, status, headers, body.length);
        socket.getOutputStream().write(body);
        socket.getOutputStream().flush();
    }

    /** Writes a JSON response. */
    static void json(Socket socket, int status, String json) throws IOException {
        respond(socket, status, Map.of("Content-Type", "application/json"), json.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes the status line and headers announcing {@code contentLength} bytes. */
    static void writeHead(Socket socket, int status, Map<String, String> headers, long contentLength)
            throws IOException {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(" X\r\n");
        headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        head.append("Content-Length: ").append(contentLength).append("\r\nConnection: close\r\n\r\n");
        OutputStream out = socket.getOutputStream();
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** Drops the connection with a TCP reset instead of an orderly close. */
    static void reset(Socket socket) throws IOException {
        socket.setSoLinger(true, 0);
        socket.close();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
