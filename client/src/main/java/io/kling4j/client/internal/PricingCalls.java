package io.kling4j.client.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kling4j.generated.ApiException;
import io.kling4j.generated.ApiResponse;
import io.kling4j.generated.model.PriceQuoteEnvelope;
import io.kling4j.generated.model.PriceQuoteRequest;
import io.kling4j.generated.model.PriceScheduleList;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * RunAPI's pricing calls ({@code GET /api/v1/price_schedules}, {@code POST /api/v1/price_quotes}) through the
 * generic {@link ApiCalls#call}. A 304 to a conditional schedule request is an answer, not an error: it completes
 * with a response whose data is {@code null}. Synchronous failures become failed futures, as in
 * {@link ApiCalls}.
 */
public final class PricingCalls {
    /** RunAPI's service name of every Kling action. */
    public static final String SERVICE = "kling";

    private final ApiCalls calls;
    private final ObjectMapper mapper;

    PricingCalls(ApiCalls calls, ObjectMapper mapper) {
        this.calls = calls;
        this.mapper = mapper;
    }

    /**
     * @param action  the endpoint's path segment ({@link io.kling4j.client.Endpoint#path()})
     * @param request the generated request object, sent as {@code params} (with its {@code model})
     * @param headers extra headers (retry count)
     * @return the quote
     */
    public CompletableFuture<ApiResponse<PriceQuoteEnvelope>> quote(String action, Object request,
                                                                  Map<String, String> headers) {
        try {
            ObjectNode body = mapper.valueToTree(request);
            Map<String, Object> params = new LinkedHashMap<>();
            body.fields().forEachRemaining(e -> params.put(e.getKey(), mapper.convertValue(e.getValue(), Object.class)));
            PriceQuoteRequest quote = new PriceQuoteRequest().service(SERVICE).action(action).params(params)
                    .model(body.path("model").isTextual() ? body.get("model").asText() : null);
            return calls.call("POST", "/api/v1/price_quotes", quote, headers, "createPriceQuote",
                    new TypeReference<PriceQuoteEnvelope>() { });
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * @param action      an endpoint's path segment, or {@code null} for every Kling action
     * @param model       a model slug, or {@code null} for every model
     * @param ifNoneMatch the {@code ETag} of an earlier answer, or {@code null}
     * @param headers     extra headers (retry count)
     * @return the schedules, or (on 304) a response without data carrying the {@code ETag}
     */
    public CompletableFuture<ApiResponse<PriceScheduleList>> schedules(String action, String model,
                                                                     String ifNoneMatch, Map<String, String> headers) {
        try {
            StringBuilder query = new StringBuilder("/api/v1/price_schedules?service=").append(SERVICE);
            if (action != null) {
                query.append("&action=").append(URLEncoder.encode(action, StandardCharsets.UTF_8));
            }
            if (model != null) {
                query.append("&model=").append(URLEncoder.encode(model, StandardCharsets.UTF_8));
            }
            Map<String, String> all = new LinkedHashMap<>(headers);
            if (ifNoneMatch != null) {
                all.put("If-None-Match", ifNoneMatch);
            }
            return calls.call("GET", query.toString(), null, all, "listPriceSchedules",
                    new TypeReference<PriceScheduleList>() { }).exceptionallyCompose(PricingCalls::notModified);
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static CompletableFuture<ApiResponse<PriceScheduleList>> notModified(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof ApiException api && api.getCode() == 304) {
            Map<String, List<String>> headers = api.getResponseHeaders() == null ? Map.of()
                    : api.getResponseHeaders().map();
            return CompletableFuture.completedFuture(new ApiResponse<>(304, headers, null));
        }
        return CompletableFuture.failedFuture(failure);
    }
}
