package io.kling4j.client.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Parses {@code Retry-After}: delta-seconds or an HTTP date (RFC 1123). A date in the past gives zero. */
public final class RetryAfter {
    private RetryAfter() {
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
