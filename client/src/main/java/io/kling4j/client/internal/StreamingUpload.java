package io.kling4j.client.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kling4j.client.errors.ErrorDetails;
import io.kling4j.client.errors.UnexpectedResponseException;
import io.kling4j.generated.model.FileUploadResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * {@code POST /api/v1/files} with a local file as base64, encoded while the body is sent: the JSON body
 * {@code {"file_name": ..., "source": {"type": "base64", "data": "..."}}} is streamed from the file in 48 KB
 * chunks, so a file of any size needs a few buffers of heap, not its size four-thirds over.
 */
public final class StreamingUpload {
    private static final int CHUNK = 3 * 16 * 1024;

    private final HttpClient http;
    private final ObjectMapper mapper;
    private final URI endpoint;
    private final String authorization;

    /**
     * @param http the HTTP client
     * @param mapper reads the answer
     * @param baseUrl RunAPI's base URL
     * @param apiKey the bearer key (sent to the base URL's origin only)
     */
    public StreamingUpload(HttpClient http, ObjectMapper mapper, URI baseUrl, String apiKey) {
        this.http = http;
        this.mapper = mapper;
        this.endpoint = URI.create(baseUrl + "/api/v1/files");
        this.authorization = "Bearer " + apiKey;
    }

    /**
     * One attempt.
     *
     * @param file the local file
     * @param fileName the stored name
     * @param timeout time allowed until the response headers arrive
     * @param headers extra headers (retry count)
     * @return the stored file, or a failed future with the raw failure (mapped by the retry loop)
     */
    public CompletableFuture<FileUploadResponse> attempt(Path file, String fileName, Duration timeout,
            Map<String, String> headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(timeout)
                    .header("Authorization", authorization).header("Content-Type", "application/json")
                    .header("Accept", "application/json").POST(body(file, fileName));
            headers.forEach(request::header);
            return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString()).thenApply(this::read);
        } catch (IOException | RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private FileUploadResponse read(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            throw ErrorMapper.fromResponse(response.statusCode(), response.headers(), response.body(), "file upload");
        }
        try {
            FileUploadResponse stored = mapper.readValue(response.body(), FileUploadResponse.class);
            if (stored == null || stored.getUrl() == null) {
                throw new UnexpectedResponseException("file upload returned an incomplete body", ErrorDetails.none(), null);
            }
            return stored;
        } catch (JsonProcessingException e) {
            throw new UnexpectedResponseException("file upload returned a body that is not valid JSON for its schema: "
                    + e.getOriginalMessage(), ErrorDetails.none(), e);
        }
    }

    HttpRequest.BodyPublisher body(Path file, String fileName) throws IOException {
        long size = Files.size(file);
        byte[] head = ("{\"file_name\":" + mapper.writeValueAsString(fileName)
                + ",\"source\":{\"type\":\"base64\",\"data\":\"").getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\"}}".getBytes(StandardCharsets.US_ASCII);
        long length = head.length + 4 * ((size + 2) / 3) + tail.length;
        HttpRequest.BodyPublisher stream = HttpRequest.BodyPublishers.ofInputStream(() -> {
            try {
                return new SequenceInputStream(new SequenceInputStream(new ByteArrayInputStream(head),
                        new Base64Stream(Files.newInputStream(file))), new ByteArrayInputStream(tail));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return HttpRequest.BodyPublishers.fromPublisher(stream, length);
    }

    /**
     * Base64 (RFC 4648, padded, no line breaks) of another stream, encoded chunk by chunk as it is read, into two
     * buffers reused for the whole stream (no garbage per chunk: the JDK reads it on its selector thread).
     */
    static final class Base64Stream extends InputStream {
        private static final Base64.Encoder ENCODER = Base64.getEncoder();
        private final InputStream source;
        private final byte[] raw = new byte[CHUNK];
        private final byte[] encoded = new byte[4 * (CHUNK / 3)];
        private int position;
        private int limit;
        private boolean ended;

        Base64Stream(InputStream source) {
            this.source = source;
        }

        @Override
        public int read() throws IOException {
            if (position == limit && !fill()) {
                return -1;
            }
            return encoded[position++] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (position == limit && !fill()) {
                return -1;
            }
            int n = Math.min(len, limit - position);
            System.arraycopy(encoded, position, b, off, n);
            position += n;
            return n;
        }

        private boolean fill() throws IOException {
            if (ended) {
                return false;
            }
            int n = source.readNBytes(raw, 0, CHUNK); // a multiple of 3 unless at the end: no padding mid-stream
            if (n < CHUNK) {
                ended = true;
            }
            limit = ENCODER.encode(n == CHUNK ? raw : java.util.Arrays.copyOf(raw, n), encoded);
            position = 0;
            return limit > 0;
        }

        @Override
        public void close() throws IOException {
            source.close();
        }
    }
}
