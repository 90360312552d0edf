package io.kling4j.client.internal;

import io.kling4j.client.Endpoint;
import io.kling4j.client.PriceQuote;
import io.kling4j.client.PriceSchedules;
import io.kling4j.generated.model.PriceQuoteEnvelope;
import io.kling4j.generated.model.PriceSchedule;
import io.kling4j.generated.model.PriceScheduleList;
import java.math.BigDecimal;
import java.util.List;

/** Turns decoded pricing answers into kling4j's own {@link PriceQuote} and {@link PriceSchedules}. */
public final class PricingResults {
    private PricingResults() {
    }

    /**
     * @param endpoint the endpoint quoted
     * @param envelope the decoded answer, or null
     * @return the quote, or null when the answer has no {@code reservation_amount_cents}
     */
    public static PriceQuote quote(Endpoint endpoint, PriceQuoteEnvelope envelope) {
        io.kling4j.generated.model.PriceQuote q = envelope == null ? null : envelope.getPriceQuote();
        if (q == null || q.getReservationAmountCents() == null) {
            return null;
        }
        boolean perSecond = "second".equals(q.getBillingUnit());
        return new PriceQuote(endpoint, q.getModel(), q.getReservationAmountCents(), q.getCurrency(),
                q.getEstimateBasis() == null ? null : q.getEstimateBasis().getValue(),
                q.getPricingStatus() == null ? null : q.getPricingStatus().getValue(),
                q.getAsOf() == null ? null : q.getAsOf().toString(),
                perSecond ? q.getBilledUnits() : null,
                perSecond && q.getUnitPriceUsd() != null ? BigDecimal.valueOf(q.getUnitPriceUsd()) : null);
    }

    /**
     * @param status the HTTP status (304: not modified)
     * @param list the decoded list, or null
     * @param etag the answer's {@code ETag}, or null
     * @return the schedules
     */
    public static PriceSchedules schedules(int status, PriceScheduleList list, String etag) {
        if (status == 304 || list == null) {
            return new PriceSchedules(List.of(), null, etag, status == 304);
        }
        return new PriceSchedules(list.getPriceSchedules().stream().map(PricingResults::entry).toList(),
                list.getAsOf() == null ? null : list.getAsOf().toString(), etag, false);
    }

    private static PriceSchedules.Entry entry(PriceSchedule s) {
        return new PriceSchedules.Entry(s.getService(), s.getAction(), s.getModel(), s.getCurrency(),
                s.getBillingUnit(), s.getUnitPriceCents(), s.getBillingConfig());
    }
}
