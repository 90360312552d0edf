package io.kling4j.client;

import io.kling4j.client.errors.ErrorDetails;
import io.kling4j.client.errors.UnexpectedResponseException;
import io.kling4j.client.internal.ClientSupport;
import io.kling4j.client.internal.PricingCalls;
import io.kling4j.client.internal.Retrier;
import io.kling4j.generated.model.PriceQuote;
import io.kling4j.generated.model.PriceSchedule;
import io.kling4j.generated.model.PriceScheduleList;
import java.math.BigDecimal;
import java.util.List;
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
                    PriceQuote q = r.getData() == null ? null : r.getData().getPriceQuote();
                    if (q == null || q.getReservationAmountCents() == null) {
                        throw new UnexpectedResponseException(operation + " returned no reservation_amount_cents",
                                ErrorDetails.none(), null);
                    }
                    return toQuote(endpoint, q);
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
                            PriceScheduleList list = r.getData();
                            if (r.getStatusCode() == 304 || list == null) {
                                return new PriceSchedules(List.of(), null, etag, r.getStatusCode() == 304);
                            }
                            return new PriceSchedules(list.getPriceSchedules().stream().map(Pricing::toEntry).toList(),
                                    list.getAsOf() == null ? null : list.getAsOf().toString(), etag, false);
                        })));
    }

    private static io.kling4j.client.PriceQuote toQuote(Endpoint endpoint, PriceQuote q) {
        boolean perSecond = "second".equals(q.getBillingUnit());
        return new io.kling4j.client.PriceQuote(endpoint, q.getModel(), q.getReservationAmountCents(), q.getCurrency(),
                q.getEstimateBasis() == null ? null : q.getEstimateBasis().getValue(),
                q.getPricingStatus() == null ? null : q.getPricingStatus().getValue(),
                q.getAsOf() == null ? null : q.getAsOf().toString(),
                perSecond ? q.getBilledUnits() : null,
                perSecond && q.getUnitPriceUsd() != null ? BigDecimal.valueOf(q.getUnitPriceUsd()) : null);
    }

    private static PriceSchedules.Entry toEntry(PriceSchedule s) {
        return new PriceSchedules.Entry(s.getService(), s.getAction(), s.getModel(), s.getCurrency(),
                s.getBillingUnit(), s.getUnitPriceCents(), s.getBillingConfig());
    }
}
