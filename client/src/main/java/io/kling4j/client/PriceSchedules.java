package io.kling4j.client;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * RunAPI's price list for Kling ({@link Pricing#schedules}), or "unchanged" when it answered 304 to the
 * {@code ETag} given as {@code If-None-Match}. Immutable.
 *
 * @param entries     the schedules (empty when {@code notModified})
 * @param asOf        when the list was current (ISO-8601 text), or {@code null}
 * @param etag        the {@code ETag} to send next time, or {@code null}
 * @param notModified whether the server answered 304
 */
public record PriceSchedules(List<Entry> entries, String asOf, String etag, boolean notModified) {
    /** Copies the list. */
    public PriceSchedules {
        entries = List.copyOf(entries);
    }

    /** @return the {@code ETag} to send as {@code If-None-Match} next time, if the server sent one */
    public Optional<String> etagValue() {
        return Optional.ofNullable(etag);
    }

    /**
     * One schedule entry.
     *
     * @param service        {@code kling}
     * @param action         the endpoint's path segment (see {@link Endpoint#path()})
     * @param model          the model it applies to, or {@code null} for every model
     * @param currency       ISO 4217 code
     * @param billingUnit    what is counted, e.g. {@code second}, or {@code null}
     * @param unitPriceCents price of one unit at the base rate, in US cents, or {@code null}
     * @param billingConfig  rates by option, as the server sends them (free form; empty when absent)
     */
    public record Entry(String service, String action, String model, String currency, String billingUnit,
                        Long unitPriceCents, Map<String, Object> billingConfig) {
        /** Copies the map. */
        public Entry {
            billingConfig = billingConfig == null ? Map.of() : java.util.Collections.unmodifiableMap(
                    new java.util.LinkedHashMap<>(billingConfig));
        }
    }
}
