package io.kling4j.examples;

import io.kling4j.client.KlingClient;
import io.kling4j.sandbox.KlingSandbox;

/**
 * Where an example sends its requests: system properties {@code kling.base-url} / {@code kling.api-key}, else the
 * environment ({@code RUNAPI_BASE_URL} / {@code RUNAPI_API_KEY}, and the webhook secret {@code kling.webhook-secret}
 * / {@code RUNAPI_WEBHOOK_SECRET}), else an embedded sandbox on loopback that signs its webhooks with a fresh secret.
 */
final class ExampleBackend implements AutoCloseable {
    private final KlingClient client;
    private final KlingSandbox sandbox;

    private ExampleBackend(KlingClient client, KlingSandbox sandbox) {
        this.client = client;
        this.sandbox = sandbox;
    }

    static ExampleBackend open() {
        String key = System.getProperty("kling.api-key", System.getenv("RUNAPI_API_KEY"));
        String baseUrl = System.getProperty("kling.base-url", System.getenv("RUNAPI_BASE_URL"));
        if (key != null && !key.isBlank()) {
            var builder = KlingClient.builder().apiKey(key);
            String secret = System.getProperty("kling.webhook-secret", System.getenv("RUNAPI_WEBHOOK_SECRET"));
            if (secret != null && !secret.isBlank()) {
                builder.webhookSecret(secret);
            }
            if (baseUrl != null && !baseUrl.isBlank()) {
                builder.baseUrl(baseUrl);
            }
            return new ExampleBackend(builder.build(), null);
        }
        // the embedded sandbox signs its webhooks with a fresh secret, and the client verifies them with it
        byte[] random = new byte[32];
        new java.security.SecureRandom().nextBytes(random);
        String secret = "whsec_" + java.util.Base64.getEncoder().encodeToString(random);
        KlingSandbox sandbox = KlingSandbox.builder().webhookSecret(secret).build().start();
        System.err.println("No RUNAPI_API_KEY: using an embedded sandbox at " + sandbox.baseUri());
        return new ExampleBackend(KlingClient.builder().apiKey(sandbox.apiKey()).baseUrl(sandbox.baseUri())
                .webhookSecret(secret).build(), sandbox);
    }

    KlingClient client() {
        return client;
    }

    @Override
    public void close() {
        client.close();
        if (sandbox != null) {
            sandbox.close();
        }
    }
}
