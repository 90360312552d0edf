package io.kling4j.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/** The limit: the two calls with a bare JDK {@link HttpClient} and hand-written Jackson, nothing else. */
public final class RawJdkCalls implements CallVariant {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final URI createUri;
    private final String base;
    private final String auth;

    /** @param baseUri the server @param key its bearer key */
    public RawJdkCalls(URI baseUri, String key) {
        this(baseUri, key, HttpClient.newHttpClient());
    }

    /**
     * @param baseUri the server
     * @param key its bearer key
     * @param http the JDK client to send with (to compare executors)
     */
    public RawJdkCalls(URI baseUri, String key, HttpClient http) {
        this.http = http;
        this.createUri = URI.create(baseUri + PATH);
        this.base = baseUri + PATH + "/";
        this.auth = "Bearer " + key;
    }

    @Override
    public String submit() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(createUri).timeout(TIMEOUT)
                .header("Authorization", auth).header("Accept", "application/json")
                .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(new TextToVideoBody()))).build();
        return parse(http.send(request, HttpResponse.BodyHandlers.ofByteArray())).id;
    }

    @Override
    public String get(String id) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + id)).timeout(TIMEOUT)
                .header("Authorization", auth).header("Accept", "application/json").GET().build();
        return parse(http.send(request, HttpResponse.BodyHandlers.ofByteArray())).status;
    }

    /** @return a poll of the task, for the wait harness */
    TaskJson task(String id) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + id)).timeout(TIMEOUT)
                .header("Authorization", auth).header("Accept", "application/json").GET().build();
        return parse(http.send(request, HttpResponse.BodyHandlers.ofByteArray()));
    }

    private TaskJson parse(HttpResponse<byte[]> response) throws IOException {
        if (response.statusCode() / 100 != 2) {
            throw new IOException("HTTP " + response.statusCode());
        }
        return json.readValue(response.body(), TaskJson.class);
    }
}
