package io.kling4j.contracts;

import io.kling4j.generated.ApiClient;
import java.net.http.HttpClient;

/** Builds the generated client the way kling4j's users do, against a local base URL. */
public final class GeneratedClients {
    private GeneratedClients() {
    }

    /** @return a client that sends {@code Authorization: Bearer <apiKey>} on every request */
    public static ApiClient withKey(String baseUrl, String apiKey) {
        ApiClient client = withoutKey(baseUrl);
        client.setRequestInterceptor(b -> b.header("Authorization", "Bearer " + apiKey));
        return client;
    }

    /** @return a client that sends no Authorization header */
    public static ApiClient withoutKey(String baseUrl) {
        return new ApiClient(HttpClient.newBuilder(), ApiClient.createDefaultObjectMapper(), baseUrl);
    }
}
