package io.kling4j.sandbox;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * The CDN origin: serves {@code GET|HEAD /videos/<task id>.mp4} for completed tasks and
 * {@code /files/<file id>/<file name>} for unexpired base64 uploads, without authentication, with single-range
 * support ({@code 206} + {@code Content-Range}, {@code 416} when unsatisfiable). Records the headers
 * of every request it receives, so tests can prove no API key reaches it.
 */
final class CdnHandler implements HttpHandler {
    /** Path prefix of every video. */
    static final String VIDEOS = "/videos/";
    /** File suffix of every video. */
    static final String SUFFIX = ".mp4";
    /** Path prefix of the synthetic blobs of {@link KlingSandbox#publishBlob(String, long)}. */
    static final String BLOBS = "/blobs/";
    /** How many requests' headers are kept (the oldest are dropped), so a long-running sandbox stays small. */
    static final int MAX_RECORDED = 1000;

    private final Function<String, Optional<VideoSpec>> completedVideos;
    private final VideoCache cache;
    private final Function<String, Optional<FileStore.StoredFile>> uploads;
    private final Function<String, OptionalLong> blobs;
    private final List<Map<String, String>> receivedHeaders = new CopyOnWriteArrayList<>();

    /**
     * @param completedVideos the video of a task id, present only when that task is completed
     * @param cache           renders and stores the files
     * @param uploads         the uploaded file at {@code <id>/<encoded name>}, present while it can be served
     * @param blobs           the size of the published synthetic blob of a name, if any
     */
    CdnHandler(Function<String, Optional<VideoSpec>> completedVideos, VideoCache cache,
               Function<String, Optional<FileStore.StoredFile>> uploads, Function<String, OptionalLong> blobs) {
        this.completedVideos = completedVideos;
        this.cache = cache;
        this.uploads = uploads;
        this.blobs = blobs;
    }

    /** @return the headers of the last {@value #MAX_RECORDED} requests, oldest first; each map's keys are case-insensitive */
    List<Map<String, String>> receivedHeaders() {
        return List.copyOf(receivedHeaders);
    }

    @Override
    public void handle(HttpExchange exchange) {
        try {
            record(exchange.getRequestHeaders());
            Exchanges.assignRequestId(exchange);
            serve(exchange);
        } catch (Exception e) {
            Exchanges.sendServerError(exchange, e);
        } finally {
            exchange.close();
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            Exchanges.sendError(exchange, 405, "method_not_allowed", "Method " + method + " is not allowed");
            return;
        }
        String path = exchange.getRequestURI().getRawPath();
        if (path.startsWith(FileOperations.CDN_PREFIX)) {
            Optional<FileStore.StoredFile> file = uploads.apply(path.substring(FileOperations.CDN_PREFIX.length()));
            if (file.isEmpty()) {
                Exchanges.sendError(exchange, 404, "not_found", "File " + path + " not found");
                return;
            }
            byte[] data = file.get().data();
            send(exchange, data.length, () -> new ByteArrayInputStream(data), file.get().mimeType());
            return;
        }
        if (path.startsWith(BLOBS)) {
            OptionalLong size = blobs.apply(path.substring(BLOBS.length()));
            if (size.isEmpty()) {
                Exchanges.sendError(exchange, 404, "not_found", "Blob " + path + " not found");
                return;
            }
            long length = size.getAsLong();
            send(exchange, length, () -> SyntheticBytes.stream(0, length), "application/octet-stream");
            return;
        }
        Optional<VideoSpec> spec = Optional.empty();
        if (path.startsWith(VIDEOS) && path.endsWith(SUFFIX)) {
            spec = completedVideos.apply(path.substring(VIDEOS.length(), path.length() - SUFFIX.length()));
        }
        if (spec.isEmpty()) {
            Exchanges.sendError(exchange, 404, "not_found", "Video " + path + " not found");
            return;
        }
        Path file = cache.file(spec.get());
        send(exchange, Files.size(file), () -> Files.newInputStream(file), "video/mp4");
    }

    /** Opens the content to send. */
    private interface Content {
        InputStream open() throws IOException;
    }

    private static void send(HttpExchange exchange, long length, Content content, String contentType)
            throws IOException {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Accept-Ranges", "bytes");
        ByteRange range = ByteRange.parse(exchange.getRequestHeaders().getFirst("Range"), length);
        if (range != null && !range.satisfiable(length)) {
            headers.set("Content-Range", "bytes */" + length);
            Exchanges.sendError(exchange, 416, "range_not_satisfiable", "Range not satisfiable");
            return;
        }
        long start = range == null ? 0 : range.start();
        long count = range == null ? length : range.length();
        headers.set("Content-Type", contentType);
        if (range != null) {
            headers.set("Content-Range", "bytes " + range.start() + "-" + range.end() + "/" + length);
        }
        int status = range == null ? 200 : 206;
        if (Exchanges.isHead(exchange)) {
            headers.set("Content-Length", Long.toString(count));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, count);
        try (InputStream in = content.open(); OutputStream out = exchange.getResponseBody()) {
            in.skipNBytes(start);
            byte[] buffer = new byte[64 * 1024];
            long left = count;
            while (left > 0) {
                int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (read < 0) {
                    break;
                }
                out.write(buffer, 0, read);
                left -= read;
            }
        }
    }

    private void record(Headers headers) {
        Map<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.put(name, String.join(", ", values)));
        receivedHeaders.add(Collections.unmodifiableMap(copy));
        if (receivedHeaders.size() > MAX_RECORDED) {
            receivedHeaders.remove(0);
        }
    }
}
