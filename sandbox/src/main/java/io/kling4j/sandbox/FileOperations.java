package io.kling4j.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import io.kling4j.generated.model.FileUploadResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;

/**
 * {@code POST /api/v1/files}, on requests that already passed authentication and spec validation. A {@code url}
 * source is recorded and its URL answered unchanged (nothing is fetched); a {@code base64} source is decoded
 * (400 when it is not valid base64, 413 when it is larger than {@value #MAX_FILE_BYTES} bytes) and served by the
 * CDN origin at {@code /files/<id>/<file_name>} until it expires, {@link FileStore#LIFETIME} later.
 */
final class FileOperations {
    /** Largest decoded file accepted, in bytes (10 MiB). */
    static final int MAX_FILE_BYTES = 10 * 1024 * 1024;
    /** Largest request body accepted, in bytes: room for a base64 file of the largest size plus the JSON. */
    static final int MAX_BODY_BYTES = 16 * 1024 * 1024;
    /** Path prefix of the uploaded files on the CDN origin. */
    static final String CDN_PREFIX = "/files/";
    /** Name of a base64 file uploaded without {@code file_name}. */
    static final String DEFAULT_NAME = "upload";
    private static final String OCTET_STREAM = "application/octet-stream";

    private final FileStore store;
    private final URI cdnUri;

    FileOperations(FileStore store, URI cdnUri) {
        this.store = store;
        this.cdnUri = cdnUri;
    }

    /** Stores the file of {@code body} and answers its {@link FileUploadResponse}. */
    void upload(HttpExchange exchange, JsonNode body) throws IOException {
        JsonNode source = body.path("source");
        boolean byUrl = "url".equals(source.path("type").asText());
        String field = byUrl ? "url" : "data";
        String other = byUrl ? "data" : "url";
        String when = " when source.type is " + source.path("type").asText();
        if (!source.path(field).isTextual()) {
            invalid(exchange, "source." + field + ": is required" + when);
            return;
        }
        if (source.has(other)) {
            invalid(exchange, "source." + other + ": must be absent" + when);
            return;
        }
        String givenName = body.path("file_name").isTextual() ? body.get("file_name").asText() : null;
        String id = Ids.fileId();
        Instant now = store.now();
        FileStore.StoredFile file;
        String url;
        if (byUrl) {
            url = source.get("url").asText();
            String name = givenName != null ? givenName : nameFromUrl(url);
            file = new FileStore.StoredFile(id, name, encodeSegment(name), null, mimeType(name, null), now,
                    now.plus(FileStore.LIFETIME));
        } else {
            byte[] data;
            try {
                data = Base64.getDecoder().decode(source.get("data").asText());
            } catch (IllegalArgumentException e) {
                invalid(exchange, "source.data: is not valid base64 (" + e.getMessage() + ")");
                return;
            }
            if (data.length > MAX_FILE_BYTES) {
                Exchanges.sendError(exchange, 413, "payload_too_large",
                        "The file is larger than " + MAX_FILE_BYTES + " bytes (" + data.length + " bytes)");
                return;
            }
            String name = givenName != null ? givenName : DEFAULT_NAME;
            file = new FileStore.StoredFile(id, name, encodeSegment(name), data, mimeType(name, data), now,
                    now.plus(FileStore.LIFETIME));
            url = cdnUri + CDN_PREFIX + id + "/" + file.pathSegment();
        }
        store.put(file);
        Exchanges.sendJson(exchange, 200, new FileUploadResponse()
                .fileName(file.fileName())
                .url(url)
                .sizeBytes(file.data() == null ? null : (long) file.data().length)
                .mimeType(file.mimeType())
                .createdAt(OffsetDateTime.ofInstant(file.createdAt(), ZoneOffset.UTC))
                .expiresAt(OffsetDateTime.ofInstant(file.expiresAt(), ZoneOffset.UTC)));
    }

    /** @return the last path segment of {@code url} (percent-decoding left as is), or {@code file} */
    static String nameFromUrl(String url) {
        try {
            String path = URI.create(url).getPath();
            String last = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
            return last.isEmpty() ? "file" : last;
        } catch (IllegalArgumentException e) {
            return "file";
        }
    }

    /** @return the media type guessed from the name's extension, else sniffed from the bytes, else octet-stream */
    static String mimeType(String name, byte[] data) {
        String type = URLConnection.guessContentTypeFromName(name);
        if (type == null && data != null) {
            try {
                type = URLConnection.guessContentTypeFromStream(new ByteArrayInputStream(data));
            } catch (IOException e) {
                type = null;
            }
        }
        return type == null ? OCTET_STREAM : type;
    }

    /** @return {@code name} with every byte outside RFC 3986's unreserved characters percent-encoded */
    static String encodeSegment(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        String encoded = out.toString();
        return encoded.equals(".") || encoded.equals("..") ? encoded.replace(".", "%2E") : encoded;
    }

    private static void invalid(HttpExchange exchange, String message) throws IOException {
        Exchanges.sendError(exchange, 400, "invalid_request", message);
    }
}
