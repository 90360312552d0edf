package io.kling4j.client;

import io.kling4j.client.errors.ErrorDetails;
import io.kling4j.client.errors.UnexpectedResponseException;
import io.kling4j.client.internal.ClientSupport;
import io.kling4j.client.internal.PricingCalls;
import io.kling4j.client.internal.PricingResults;
import io.kling4j.client.internal.Retrier;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What a request costs before it is submitted, from RunAPI's pricing endpoints ({@code POST /api/v1/price_quotes},
 * {@code GET /api/v1/price_schedules}); get it from {@link KlingClient#pricing()}. Nothing is created or charged.
 * The request is checked against the spec's rules first, like a submit (an invalid request has no price), and the
 * calls are retried like every call (a quote creates nothing, so a retry is harmless). The API key is sent: RunAPI
 * answers pricing without one too, but sending it to the API's own origin is harmless and lets RunAPI price
 * requests that name the account's tasks (an extension's source task).
 */
public final class Pricing {
    private final Function<RequestOptions, PricingCalls> calls;
    private final Retrier retrier;
    private final Function<RequestOptions, RetryPolicy> policy;
    private final Consumer<TaskParams> rules;
    private final boolean validateByDefault;

    Pricing(Function<RequestOptions, PricingCalls> calls, Retrier retrier, Function<RequestOptions, RetryPolicy> policy,
            Consumer<TaskParams> rules, boolean validateByDefault) {
        this.calls = calls;
        this.retrier = retrier;
        this.policy = policy;
        this.rules = rules;
        this.validateByDefault = validateByDefault;
    }

    /**
     * @param request the request as it would be submitted
     * @return what RunAPI would reserve for it
     * @throws io.kling4j.client.errors.ValidationException when the request breaks the spec's rules (nothing sent)
     */
    public io.kling4j.client.PriceQuote quote(TaskParams request) {
        return ClientSupport.call(() -> quoteAsync(request, RequestOptions.none()));
    }

    /**
     * @param request the request as it would be submitted
     * @param options per-call overrides (timeout, retries, validation)
     * @return the quote, or a failed future as in {@link #quote(TaskParams)}
     */
    public CompletableFuture<io.kling4j.client.PriceQuote> quoteAsync(TaskParams request, RequestOptions options) {
        Objects.requireNonNull(request, "request");
        Endpoint endpoint = request.endpoint();
        if (options.validate().orElse(validateByDefault)) {
            try {
                rules.accept(request);
            } catch (RuntimeException invalid) {
                return CompletableFuture.failedFuture(invalid);
            }
        }
        PricingCalls c = calls.apply(options);
        String operation = "price quote for " + endpoint.path();
        return retrier.run(policy.apply(options), operation, attempt -> c.quote(endpoint.path(), request.fields(),
                Map.of(KlingClient.RETRY_COUNT_HEADER, Integer.toString(attempt))).thenApply(r -> {
                    io.kling4j.client.PriceQuote quote = PricingResults.quote(endpoint, r.getData());
                    if (quote == null) {
                        throw new UnexpectedResponseException(operation + " returned no reservation_amount_cents",
                                ErrorDetails.none(), null);
                    }
                    return quote;
                }));
    }

    /**
     * @param endpoint    the endpoint whose schedules to list, or {@code null} for every Kling endpoint
     * @param model       a model slug, or {@code null} for every model
     * @param ifNoneMatch the {@link PriceSchedules#etag()} of an earlier answer, or {@code null}
     * @return the schedules, or {@link PriceSchedules#notModified()} when unchanged since {@code ifNoneMatch}
     */
    public PriceSchedules schedules(Endpoint endpoint, String model, String ifNoneMatch) {
        PricingCalls c = calls.apply(RequestOptions.none());
        String action = endpoint == null ? null : endpoint.path();
        return ClientSupport.call(() -> retrier.run(policy.apply(RequestOptions.none()), "price schedules",
                attempt -> c.schedules(action, model, ifNoneMatch,
                        Map.of(KlingClient.RETRY_COUNT_HEADER, Integer.toString(attempt))).thenApply(r -> {
                            String etag = io.kling4j.client.internal.TaskJson.header(r.getHeaders(), "etag");
                            return PricingResults.schedules(r.getStatusCode(), r.getData(), etag);
                        })));
    }
}
