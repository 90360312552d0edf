package io.kling4j.benchmarks;

import io.kling4j.client.Endpoint;
import io.kling4j.client.KlingClient;
import io.kling4j.client.TextToVideoParams;
import java.net.URI;

/** The two calls through the kling4j facade, with request validation on (the default) or off. */
public final class FacadeCalls implements CallVariant {
    private final KlingClient client;

    /** @param baseUri the server @param key its bearer key @param validate check requests against the spec */
    public FacadeCalls(URI baseUri, String key, boolean validate) {
        this.client = KlingClient.builder().baseUrl(baseUri).apiKey(key).validateRequests(validate).build();
    }

    /**
     * @param baseUri the server
     * @param key its bearer key
     * @param validate check requests against the spec
     * @param http the JDK client the facade sends with (instead of its own)
     */
    public FacadeCalls(URI baseUri, String key, boolean validate, java.net.http.HttpClient http) {
        this.client = KlingClient.builder().baseUrl(baseUri).apiKey(key).validateRequests(validate).httpClient(http)
                .build();
    }

    @Override
    public String submit() {
        return client.submit(TextToVideoParams.builder().model(MODEL).prompt(PROMPT).durationSeconds(DURATION_SECONDS).build())
                .id();
    }

    @Override
    public String get(String id) {
        return client.get(Endpoint.of("text_to_video"), id).status().value();
    }

    @Override
    public void close() {
        client.close();
    }
}
