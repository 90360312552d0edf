package io.kling4j.client;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What RunAPI will reserve for a request, asked before submitting it ({@link KlingClient#quote}). Immutable.
 * The amount is RunAPI's {@code reservation_amount_cents} in US dollars; the per-second breakdown is present
 * when the server sends one (the kling4j sandbox does; RunAPI's SDKs do not show one).
 */
public final class PriceQuote {
    private final Endpoint endpoint;
    private final String model;
    private final long amountCents;
    private final String currency;
    private final String estimateBasis;
    private final String pricingStatus;
    private final String asOf;
    private final Integer billedSeconds;
    private final BigDecimal usdPerSecond;

    /**
     * @param endpoint the endpoint quoted
     * @param model the model RunAPI priced, or null
     * @param amountCents what RunAPI would reserve, in US cents
     * @param currency the currency (USD)
     * @param estimateBasis how RunAPI estimated it, or null
     * @param pricingStatus RunAPI's pricing status, or null
     * @param asOf when the price list was last changed, or null
     * @param billedSeconds the seconds billed, for a per-second price, or null
     * @param usdPerSecond the price per second, for a per-second price, or null
     */
    public PriceQuote(Endpoint endpoint, String model, long amountCents, String currency, String estimateBasis,
               String pricingStatus, String asOf, Integer billedSeconds, BigDecimal usdPerSecond) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.model = model;
        this.amountCents = amountCents;
        this.currency = currency == null ? "USD" : currency;
        this.estimateBasis = estimateBasis;
        this.pricingStatus = pricingStatus;
        this.asOf = asOf;
        this.billedSeconds = billedSeconds;
        this.usdPerSecond = usdPerSecond;
    }

    /** @return the endpoint the quoted request is for */
    public Endpoint endpoint() {
        return endpoint;
    }

    /** @return the model of the quoted request, if it has one */
    public Optional<String> model() {
        return Optional.ofNullable(model);
    }

    /** @return the amount in US dollars, two decimals */
    public BigDecimal amountUsd() {
        return BigDecimal.valueOf(amountCents, 2);
    }

    /** @return the amount in US cents, as RunAPI sends it */
    public long amountCents() {
        return amountCents;
    }

    /** @return the ISO 4217 currency of the amount ({@code USD}) */
    public String currency() {
        return currency;
    }

    /** @return {@code exact} when the amount is what the task costs, {@code estimated} when it may differ */
    public Optional<String> estimateBasis() {
        return Optional.ofNullable(estimateBasis);
    }

    /** @return {@code available}, or {@code unavailable} when the request cannot be priced */
    public Optional<String> pricingStatus() {
        return Optional.ofNullable(pricingStatus);
    }

    /** @return when the price list used was current (ISO-8601 text), if sent */
    public Optional<String> asOf() {
        return Optional.ofNullable(asOf);
    }

    /** @return the seconds of video billed, when the server sends a per-second breakdown */
    public OptionalInt billedSeconds() {
        return billedSeconds == null ? OptionalInt.empty() : OptionalInt.of(billedSeconds);
    }

    /** @return US dollars per second of video, when the server sends a per-second breakdown */
    public Optional<BigDecimal> usdPerSecond() {
        return Optional.ofNullable(usdPerSecond);
    }

    /** @return e.g. {@code 1.40 USD (10 s x 0.14 USD/s)} */
    public String describe() {
        String text = amountUsd().toPlainString() + " " + currency;
        if (billedSeconds != null && usdPerSecond != null) {
            text += " (" + billedSeconds + " s x " + usdPerSecond.stripTrailingZeros().toPlainString() + " " + currency
                    + "/s)";
        }
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PriceQuote q && q.endpoint == endpoint && Objects.equals(q.model, model)
                && q.amountCents == amountCents && q.currency.equals(currency)
                && Objects.equals(q.estimateBasis, estimateBasis) && Objects.equals(q.pricingStatus, pricingStatus)
                && Objects.equals(q.asOf, asOf) && Objects.equals(q.billedSeconds, billedSeconds)
                && Objects.equals(q.usdPerSecond, usdPerSecond);
    }

    @Override
    public int hashCode() {
        return Objects.hash(endpoint, model, amountCents, currency, billedSeconds, usdPerSecond);
    }

    @Override
    public String toString() {
        return "PriceQuote{" + endpoint.path() + (model == null ? "" : " " + model) + ": " + describe()
                + (estimateBasis == null ? "" : ", " + estimateBasis) + "}";
    }
}
