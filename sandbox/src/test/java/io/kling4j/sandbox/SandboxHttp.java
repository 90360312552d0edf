package io.kling4j.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A tiny JDK HttpClient wrapper that talks to a sandbox over real loopback HTTP. */
final class SandboxHttp {
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final KlingSandbox sandbox;

    SandboxHttp(KlingSandbox sandbox) {
        this.sandbox = sandbox;
    }

    /** POST a JSON body to {@code /api/v1/kling/<endpoint>} with the sandbox key plus extra header pairs. */
    HttpResponse<String> create(String endpoint, String body, String... headers) {
        HttpRequest.Builder request = api("/api/v1/kling/" + endpoint)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return send(withHeaders(request, headers).build());
    }

    /** GET {@code /api/v1/kling/<endpoint>/<id>} with the sandbox key. */
    HttpResponse<String> get(String endpoint, String id, String... headers) {
        return send(withHeaders(api("/api/v1/kling/" + endpoint + "/" + id).GET(), headers).build());
    }

    /** POST a JSON body to any API path (e.g. {@code /api/v1/files}) with the sandbox key. */
    HttpResponse<String> postJson(String path, String body, String... headers) {
        HttpRequest.Builder request = api(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return send(withHeaders(request, headers).build());
    }

    /** GET any API path (e.g. {@code /api/v1/me}) with the sandbox key. */
    HttpResponse<String> getPath(String path, String... headers) {
        return send(withHeaders(api(path).GET(), headers).build());
    }

    /** A request builder on the API origin, already authenticated. */
    HttpRequest.Builder api(String path) {
        return HttpRequest.newBuilder(URI.create(sandbox.baseUri() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + sandbox.apiKey());
    }

    /** @return the task id of a create response, after checking it is a 200 */
    String createdId(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new AssertionError("create failed: " + response.statusCode() + " " + response.body());
        }
        return json(response).get("id").asText();
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<byte[]> sendForBytes(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return Json.MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    private static HttpRequest.Builder withHeaders(HttpRequest.Builder request, String... headers) {
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        return request;
    }
}
