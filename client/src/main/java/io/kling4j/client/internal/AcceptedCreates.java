package io.kling4j.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kling4j.client.Scheduler;
import io.kling4j.client.errors.ApiErrorException;
import io.kling4j.client.errors.ErrorDetails;
import io.kling4j.client.errors.KlingException;
import io.kling4j.client.errors.UnexpectedResponseException;
import io.kling4j.generated.ApiResponse;
import io.kling4j.generated.model.TaskCreateResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Follows a create that RunAPI answered {@code 202 Accepted} (its hybrid task API): polls the {@code Location},
 * waiting {@code Retry-After} between polls, until the result is {@code completed} (its {@code response.body} is
 * the create's own answer) or {@code failed}. The Location must be on the API's origin (relative ones are
 * resolved against it): the bearer key is never sent elsewhere. Polls are scheduled, never slept.
 */
public final class AcceptedCreates {
    /** Wait between polls when the answer names none. */
    static final Duration DEFAULT_DELAY = Duration.ofSeconds(2);
    /** Longest wait between two polls, whatever {@code Retry-After} says. */
    static final Duration MAX_DELAY = Duration.ofMinutes(1);
    /** Polls before giving up (at least an hour at the longest wait). */
    static final int MAX_POLLS = 1800;

    private final HttpClient http;
    private final ObjectMapper mapper;
    private final URI baseUrl;
    private final String authorization;
    private final Scheduler scheduler;
    private final Duration requestTimeout;

    /**
     * @param http the client's HTTP client
     * @param mapper the JSON mapper of the generated client
     * @param baseUrl RunAPI's base URL (the only origin polled)
     * @param apiKey the bearer key
     * @param scheduler where polls are scheduled
     * @param requestTimeout the timeout of each poll
     */
    public AcceptedCreates(HttpClient http, ObjectMapper mapper, URI baseUrl, String apiKey, Scheduler scheduler,
                           Duration requestTimeout) {
        this.http = http;
        this.mapper = mapper;
        this.baseUrl = baseUrl;
        this.authorization = "Bearer " + apiKey;
        this.scheduler = scheduler;
        this.requestTimeout = requestTimeout;
    }

    /**
     * @param response the create's answer
     * @param operation what was called, for messages
     * @param idempotencyKey the create's key, named in messages so that a new submit reaches the same task
     * @return the create's body: at once for a 2xx other than 202, else once its Location says it completed
     */
    public CompletableFuture<ApiResponse<TaskCreateResponse>> follow(ApiResponse<TaskCreateResponse> response,
            String operation, String idempotencyKey) {
        if (response.getStatusCode() != 202) {
            return CompletableFuture.completedFuture(response);
        }
        String again = " (submit again with Idempotency-Key " + idempotencyKey + " to reach the same task)";
        String location = TaskJson.header(response.getHeaders(), "Location");
        if (location == null || location.isBlank()) {
            return CompletableFuture.failedFuture(new UnexpectedResponseException(
                    operation + " answered 202 Accepted without a Location" + again, ErrorDetails.none(), null));
        }
        URI target;
        try {
            target = baseUrl.resolve(location.trim());
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(new UnexpectedResponseException(
                    operation + " answered 202 Accepted with a malformed Location" + again, ErrorDetails.none(), e));
        }
        if (!sameOrigin(target)) {
            return CompletableFuture.failedFuture(new UnexpectedResponseException(operation
                    + " answered 202 Accepted with a Location on another origin (" + target.getHost()
                    + "); kling4j sends the API key to " + baseUrl.getHost() + " only" + again, ErrorDetails.none(),
                    null));
        }
        CompletableFuture<TaskCreateResponse> result = new CompletableFuture<>();
        poll(target, delay(TaskJson.header(response.getHeaders(), "Retry-After")), 1, operation + again, result);
        // the create's own headers (x-request-id, X-RunAPI-Task-Id) stay with the task
        return result.thenApply(created -> new ApiResponse<>(200, response.getHeaders(), created));
    }

    private void poll(URI target, Duration delay, int n, String operation, CompletableFuture<TaskCreateResponse> out) {
        if (n > MAX_POLLS) {
            out.completeExceptionally(new UnexpectedResponseException(operation + ": no result at " + target.getHost()
                    + " after " + MAX_POLLS + " polls", ErrorDetails.none(), null));
            return;
        }
        try {
            scheduler.schedule(() -> send(target, operation).whenComplete((r, e) -> {
                if (e != null) {
                    out.completeExceptionally(ErrorMapper.map(e, operation));
                    return;
                }
                try {
                    handle(r, target, n, operation, out);
                } catch (RuntimeException failure) {
                    out.completeExceptionally(failure);
                }
            }), delay);
        } catch (RuntimeException rejected) {
            out.completeExceptionally(ErrorMapper.map(rejected, operation));
        }
    }

    private void handle(HttpResponse<byte[]> r, URI target, int n, String operation,
                        CompletableFuture<TaskCreateResponse> out) {
        String text = new String(r.body(), StandardCharsets.UTF_8);
        if (r.statusCode() / 100 != 2) {
            out.completeExceptionally(ErrorMapper.fromResponse(r.statusCode(), r.headers(), text, operation));
            return;
        }
        JsonNode result;
        try {
            result = mapper.readTree(text);
        } catch (java.io.IOException e) {
            throw unexpected(operation + ": the result at " + target.getHost() + " is not JSON", e);
        }
        String status = result.path("status").asText("").toLowerCase(Locale.ROOT);
        JsonNode body = result.path("response").path("body");
        switch (status) {
            case "completed", "succeeded", "success" -> {
                try {
                    out.complete(mapper.treeToValue(body, TaskCreateResponse.class));
                } catch (java.io.IOException | IllegalArgumentException e) {
                    throw unexpected(operation + ": the completed result has no create answer", e);
                }
            }
            case "failed", "error" -> {
                JsonNode message = body.path("error").path("message");
                String why = message.isTextual() ? message.asText()
                        : body.path("message").isTextual() ? body.path("message").asText() : "no reason given";
                out.completeExceptionally(new ApiErrorException(operation + " failed after 202 Accepted: " + why,
                        ErrorDetails.none(), null));
            }
            default -> poll(target, delay(r.headers().firstValue("Retry-After").orElse(null)), n + 1, operation, out);
        }
    }

    private CompletableFuture<HttpResponse<byte[]>> send(URI target, String operation) {
        HttpRequest request = HttpRequest.newBuilder(target).timeout(requestTimeout).GET()
                .header("Authorization", authorization).header("Accept", "application/json").build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private boolean sameOrigin(URI target) {
        return Objects.equals(lower(target.getScheme()), lower(baseUrl.getScheme()))
                && Objects.equals(lower(target.getHost()), lower(baseUrl.getHost()))
                && port(target) == port(baseUrl);
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    private static Duration delay(String retryAfter) {
        Duration wait = retryAfter == null ? DEFAULT_DELAY : RetryAfter.parse(retryAfter).orElse(DEFAULT_DELAY);
        return wait.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : wait;
    }

    private static KlingException unexpected(String message, Throwable cause) {
        return new UnexpectedResponseException(message, ErrorDetails.none(), cause);
    }
}
