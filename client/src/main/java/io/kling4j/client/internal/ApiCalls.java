package io.kling4j.client.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.kling4j.client.Endpoint;
import io.kling4j.client.TaskParams;
import io.kling4j.generated.ApiException;
import io.kling4j.generated.ApiResponse;
import io.kling4j.generated.Configuration;
import io.kling4j.generated.model.TaskCreateResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The HTTP calls of one client configuration (one request timeout), sharing one JDK {@link HttpClient}; every
 * request carries the bearer key and {@code User-Agent: kling4j/<version>}, and every body is read whole and
 * decoded by its declared charset before the future completes (no blocking read in a callback). Task calls are
 * generic: any task endpoint is {@code POST <createPath>} with the params' JSON and {@code GET <createPath>/<id>},
 * so a new endpoint in the spec needs no code here. The account, file and pricing calls ({@link AccountCalls},
 * {@link PricingCalls}) go through {@link #call}. The generated per-tag API classes are not used. Cheap to create;
 * the client keeps one per distinct per-call timeout.
 */
public final class ApiCalls {
    private static final String USER_AGENT = "kling4j/" + Configuration.VERSION;
    private final HttpClient http;
    private final ObjectMapper mapper;
    private final ObjectReader created;
    private final ObjectReader task;
    /** Each task endpoint's create URI and call names, made once (a handful: one per endpoint of the spec). */
    private final Map<String, Route> routes = new ConcurrentHashMap<>();

    private record Route(URI create, String createName, String getName) {
    }
    private final String baseUri;
    private final String authorization;
    private final Duration requestTimeout;
    private final AccountCalls account;
    private final PricingCalls pricing;

    /**
     * @param http the shared HTTP client
     * @param mapper the JSON mapper
     * @param baseUri RunAPI's base URL, without trailing slash
     * @param apiKey the bearer key
     * @param requestTimeout the timeout of each HTTP request
     */
    public ApiCalls(HttpClient http, ObjectMapper mapper, String baseUri, String apiKey, Duration requestTimeout) {
        this.http = http;
        this.mapper = mapper;
        this.created = mapper.readerFor(TaskCreateResponse.class); // resolved once, not per call (issue 14)
        this.task = mapper.readerFor(JsonNode.class);
        this.baseUri = baseUri;
        this.authorization = "Bearer " + apiKey;
        this.requestTimeout = requestTimeout;
        this.account = new AccountCalls(this);
        this.pricing = new PricingCalls(this, mapper);
    }

    /** @return what every request sends as {@code User-Agent} */
    public static String userAgent() {
        return USER_AGENT;
    }

    /** @return the pricing calls of this configuration */
    public PricingCalls pricing() {
        return pricing;
    }

    /** @return the account and file calls of this configuration */
    public AccountCalls account() {
        return account;
    }

    /**
     * @param params the request's fields
     * @return its JSON body, as every attempt of the create sends it
     * @throws IOException when a field cannot be written as JSON
     */
    public byte[] body(TaskParams params) throws IOException {
        return mapper.writeValueAsBytes(params.fields());
    }

    /**
     * @param endpoint where the task is created
     * @param body the JSON body ({@link #body}, or the checked tree written once)
     * @param idempotencyKey sent as {@code Idempotency-Key}
     * @param clientRequestId sent as {@code X-Client-Request-Id}, or null
     * @param headers extra headers (retry count)
     * @return the create response with its headers
     */
    public CompletableFuture<ApiResponse<TaskCreateResponse>> create(Endpoint endpoint, byte[] body,
            String idempotencyKey, String clientRequestId, Map<String, String> headers) {
        try {
            Route route = route(endpoint);
            HttpRequest.Builder request = request(route.create(), headers)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            if (idempotencyKey != null) {
                request.header("Idempotency-Key", idempotencyKey);
            }
            if (clientRequestId != null) {
                request.header("X-Client-Request-Id", clientRequestId);
            }
            return send(request.build(), route.createName(), created);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * @param endpoint the endpoint that created the task
     * @param id the task id
     * @param headers extra headers (retry count)
     * @return the task as a JSON tree (decoded once; {@code KlingTask} reads it directly)
     */
    public CompletableFuture<ApiResponse<JsonNode>> get(Endpoint endpoint, String id, Map<String, String> headers) {
        try {
            String path = endpoint.createPath() + "/" + pathSegment(id);
            return send(request(URI.create(baseUri + path), headers).GET().build(), route(endpoint).getName(), task);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * One JSON call to any RunAPI path, with the key, {@code User-Agent} and the configured timeout.
     *
     * @param <T> the decoded type
     * @param method {@code GET} or {@code POST}
     * @param pathAndQuery the path (and encoded query), e.g. {@code /api/v1/me}
     * @param body the JSON body of a POST (anything Jackson writes), or null
     * @param headers extra headers
     * @param operation names the call in an error message
     * @param type what a 2xx body decodes to
     * @return the response with its headers; a non-2xx status fails with an {@link ApiException}
     */
    public <T> CompletableFuture<ApiResponse<T>> call(String method, String pathAndQuery, Object body,
            Map<String, String> headers, String operation, TypeReference<T> type) {
        try {
            HttpRequest.Builder request = request(URI.create(baseUri + pathAndQuery), headers);
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofByteArray(mapper.writeValueAsBytes(body)));
            }
            return send(request.build(), operation, mapper.readerFor(type));
        } catch (IOException | RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private HttpRequest.Builder request(URI uri, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(requestTimeout)
                .header("Accept", "application/json").header("User-Agent", USER_AGENT)
                .header("Authorization", authorization);
        for (Map.Entry<String, String> h : headers.entrySet()) {
            b.setHeader(h.getKey(), h.getValue());
        }
        return b;
    }

    private Route route(Endpoint endpoint) {
        return routes.computeIfAbsent(endpoint.createPath(), path -> new Route(URI.create(baseUri + path),
                "create " + endpoint.path(), "get " + endpoint.path()));
    }

    /** A task id as one path segment: percent-encoded unless it is made of unreserved characters only. */
    static String pathSegment(String id) {
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_'
                    || c == '.' || c == '~')) {
                return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
            }
        }
        return id;
    }

    private <T> CompletableFuture<ApiResponse<T>> send(HttpRequest request, String operation, ObjectReader reader) {
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).thenCompose(response -> {
            try {
                byte[] bytes = decoded(response);
                Charset charset = charset(response);
                if (response.statusCode() / 100 != 2) {
                    String text = new String(bytes, charset);
                    return CompletableFuture.failedFuture(new ApiException(response.statusCode(),
                            operation + " call failed with: " + response.statusCode() + " - "
                                    + (text.isEmpty() ? "[no body]" : text), response.headers(), text));
                }
                T value;
                if (charset.equals(StandardCharsets.UTF_8)) { // Jackson reads UTF-8 bytes as they are
                    value = isBlank(bytes) ? null : reader.readValue(bytes);
                } else {
                    String text = new String(bytes, charset);
                    value = text.isBlank() ? null : reader.readValue(text);
                }
                return CompletableFuture.completedFuture(
                        new ApiResponse<>(response.statusCode(), response.headers().map(), value));
            } catch (IOException e) {
                return CompletableFuture.failedFuture(new ApiException(e));
            }
        });
    }

    /** The body, gunzipped when {@code Content-Encoding} says gzip. */
    private static byte[] decoded(HttpResponse<byte[]> response) throws IOException {
        byte[] body = response.body();
        if (body == null) {
            return new byte[0];
        }
        String encoding = first(response, "Content-Encoding");
        if (encoding != null) {
            for (String token : encoding.split(",")) {
                if ("gzip".equalsIgnoreCase(token.trim())) {
                    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body), 8192)) {
                        return in.readAllBytes();
                    }
                }
            }
        }
        return body;
    }

    /** A header's first value, or null: {@code allValues} reads the case-insensitive map, with no stream. */
    private static String first(HttpResponse<?> response, String name) {
        List<String> values = response.headers().allValues(name);
        return values.isEmpty() ? null : values.get(0);
    }

    /** Decodes a body by the charset its {@code Content-Type} declares (UTF-8 when none or unknown). */
    static String bodyText(HttpResponse<?> response, byte[] bytes) {
        return new String(bytes, charset(response));
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private static Charset charset(HttpResponse<?> response) {
        Charset charset = StandardCharsets.UTF_8;
        String type = first(response, "Content-Type");
        if (type == null || type.indexOf(';') < 0) {
            return charset; // no parameters, so no charset: UTF-8, JSON's encoding
        }
        for (String param : type.split(";")) {
            String[] pair = param.trim().split("=", 2);
            if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("charset")) {
                try {
                    charset = Charset.forName(pair[1].trim().replace("\"", ""));
                } catch (IllegalArgumentException unknown) {
                    // an unknown or illegal charset name: keep UTF-8
                }
            }
        }
        return charset;
    }
}
