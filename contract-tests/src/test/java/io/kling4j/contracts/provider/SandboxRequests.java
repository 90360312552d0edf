package io.kling4j.contracts.provider;

import io.kling4j.sandbox.KlingSandbox;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Direct calls to the sandbox that set up a provider state (e.g. a first use of an Idempotency-Key). */
final class SandboxRequests {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private SandboxRequests() {
    }

    /** POSTs {@code jsonBody} to the create path of {@code endpoint} with {@code idempotencyKey}; expects 200. */
    static void create(KlingSandbox sandbox, String apiKey, String endpoint, String idempotencyKey, String jsonBody) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(sandbox.baseUri() + "/api/v1/kling/" + endpoint))
                .header("Authorization", "Bearer " + apiKey)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("state setup: create on " + endpoint + " answered "
                        + response.statusCode() + " " + response.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException("state setup: create on " + endpoint + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
