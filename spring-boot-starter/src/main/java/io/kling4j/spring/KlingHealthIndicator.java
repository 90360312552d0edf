package io.kling4j.spring;

import io.kling4j.client.KlingClient;
import io.kling4j.client.errors.KlingException;
import io.kling4j.client.Balance;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * Health of RunAPI as the application sees it: UP with {@code balanceCents} when the balance endpoint answers
 * with the configured key, DOWN with the error's HTTP status, RunAPI code and message otherwise (never the key).
 * Each check is one balance call through the client's retries and timeouts.
 */
public class KlingHealthIndicator implements HealthIndicator {
    private final KlingClient client;

    /** @param client the client to check */
    public KlingHealthIndicator(KlingClient client) {
        this.client = client;
    }

    @Override
    public Health health() {
        try {
            Balance balance = client.balance();
            return Health.up().withDetail("baseUrl", client.baseUrl().toString())
                    .withDetail("balanceCents", balance.balanceCents()).build();
        } catch (KlingException e) {
            Health.Builder down = Health.down().withDetail("baseUrl", client.baseUrl().toString())
                    .withDetail("error", e.getClass().getSimpleName()).withDetail("status", e.status());
            if (e.code() != null) {
                down.withDetail("code", e.code());
            }
            return down.build();
        }
    }
}
