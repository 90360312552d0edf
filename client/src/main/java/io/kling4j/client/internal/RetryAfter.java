package io.kling4j.client.internal;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Parses the server's requested wait: {@code Retry-After-Ms} (milliseconds) wins over {@code Retry-After}
 * (delta-seconds or an HTTP date, RFC 1123). A date in the past gives zero.
 */
public final class RetryAfter {
    private RetryAfter() {
    }

    /**
     * @param headers response headers
     * @return the wait, empty when neither header is present and readable
     */
    public static Optional<Duration> from(HttpHeaders headers) {
        Optional<String> ms = headers.firstValue("Retry-After-Ms");
        if (ms.isPresent()) {
            try {
                double millis = Double.parseDouble(ms.get().trim());
                if (millis >= 0 && Double.isFinite(millis)) {
                    return Optional.of(Duration.ofNanos((long) (millis * 1_000_000)));
                }
            } catch (NumberFormatException ignored) {
                // fall back to Retry-After
            }
        }
        return parse(headers.firstValue("Retry-After").orElse(null));
    }

    /**
     * @param value the header value, or null
     * @return the wait, empty when absent or unreadable
     */
    public static Optional<Duration> parse(String value) {
        return parse(value, Instant.now());
    }

    /**
     * @param value the header value, or null
     * @param now the current instant, for HTTP dates
     * @return the wait, empty when absent or unreadable
     */
    public static Optional<Duration> parse(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim();
        try {
            double seconds = Double.parseDouble(v);
            if (!Double.isFinite(seconds)) {
                return Optional.empty();
            }
            return Optional.of(seconds <= 0 ? Duration.ZERO : Duration.ofMillis((long) (seconds * 1000)));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration d = Duration.between(now, at);
                return Optional.of(d.isNegative() ? Duration.ZERO : d);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }
}
