package io.kling4j.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * The consumer side of the contracts: plain {@code java.net.http} calls of the spec's paths with JSON bodies,
 * exactly as the pacts and stubs describe them (bearer key, {@code Idempotency-Key}, JSON content type). It
 * replaces a typed client per endpoint, so a task endpoint the spec adds needs no code here.
 */
public final class SpecCalls {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    private final String baseUrl;
    private final String apiKey;

    private SpecCalls(String baseUrl, String apiKey) {
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
    }

    /** @return calls that send {@code Authorization: Bearer <apiKey>} */
    public static SpecCalls withKey(String baseUrl, String apiKey) {
        return new SpecCalls(baseUrl, apiKey);
    }

    /** @return calls that send no Authorization header */
    public static SpecCalls withoutKey(String baseUrl) {
        return new SpecCalls(baseUrl, null);
    }

    /**
     * An answer.
     *
     * @param status the HTTP status
     * @param headers the response headers
     * @param body the JSON body, or a missing node when there is none
     */
    public record Answer(int status, HttpHeaders headers, JsonNode body) {
        /** @return the {@code error.code} of RunAPI's envelope, or "" */
        public String errorCode() {
            return body.path("error").path("code").asText();
        }

        /** @return the values of one header */
        public List<String> header(String name) {
            return headers.allValues(name);
        }
    }

    /** POSTs {@code body} as JSON to {@code path}; adds the {@code Idempotency-Key} unless it is null. */
    public Answer post(String path, JsonNode body, String idempotencyKey) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request);
    }

    /** GETs {@code path} (with its query, if any), adding {@code headers} (name, value, name, value...). */
    public Answer get(String path, String... headers) {
        HttpRequest.Builder request = request(path).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT)
                .header("Accept", "application/json");
        return apiKey == null ? request : request.header("Authorization", "Bearer " + apiKey);
    }

    private static Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            JsonNode body = text == null || text.isBlank() ? MissingNode.getInstance() : MAPPER.readTree(text);
            return new Answer(response.statusCode(), response.headers(), body);
        } catch (IOException e) {
            throw new UncheckedIOException("call of " + request.build().uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
