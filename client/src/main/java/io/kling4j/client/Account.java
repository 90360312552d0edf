package io.kling4j.client;

import java.util.Map;

/**
 * The account the API key belongs to ({@code GET /api/v1/me}).
 *
 * @param id the account id
 * @param name its name, when set
 * @param email its e-mail address, when set
 * @param details further details as RunAPI sends them (free form; empty when none), unmodifiable
 */
public record Account(long id, String name, String email, Map<String, Object> details) {
    /** Copies {@code details}. */
    public Account {
        details = details == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(details));
    }
}
