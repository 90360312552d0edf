package io.kling4j.client.webhooks;

import io.kling4j.client.internal.TaskJson;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies (and makes) webhook signatures of the <a href="https://www.standardwebhooks.com/">Standard Webhooks</a>
 * scheme with plain JDK crypto: headers {@code webhook-id}, {@code webhook-timestamp} (Unix seconds) and
 * {@code webhook-signature} ({@code v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">}, several separated by
 * spaces while a secret is rotated; any one matching is enough). The secret is {@code whsec_} followed by base64
 * (a bare base64 secret is accepted too). Timestamps more than {@link #TOLERANCE} away from the clock are refused,
 * so a captured delivery cannot be replayed later. Thread-safe.
 */
public final class WebhookVerifier {
    /** How far a delivery's timestamp may be from the clock, either way. */
    public static final Duration TOLERANCE = Duration.ofMinutes(5);
    private static final String PREFIX = "whsec_";

    private final byte[] key;
    private final Clock clock;

    /** @param secret the signing secret, {@code whsec_<base64>} */
    public WebhookVerifier(String secret) {
        this(secret, Clock.systemUTC());
    }

    /**
     * @param secret the signing secret, {@code whsec_<base64>}
     * @param clock the time source of the tolerance check (for tests)
     * @throws IllegalArgumentException when the secret is blank or not base64 after its prefix
     */
    public WebhookVerifier(String secret, Clock clock) {
        Objects.requireNonNull(secret, "webhookSecret");
        String encoded = secret.trim().startsWith(PREFIX) ? secret.trim().substring(PREFIX.length()) : secret.trim();
        try {
            this.key = Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("webhookSecret must be whsec_ followed by base64");
        }
        if (key.length == 0) {
            throw new IllegalArgumentException("webhookSecret must not be empty");
        }
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param body the raw request body, exactly as received
     * @param headers the request headers (names matched case-insensitively)
     * @throws WebhookVerificationException when the delivery is not signed with this secret, or is too old or new
     */
    public void verify(String body, Map<String, List<String>> headers) {
        verify(TaskJson.header(headers, "webhook-id"), TaskJson.header(headers, "webhook-timestamp"),
                TaskJson.header(headers, "webhook-signature"), body);
    }

    /**
     * @param id the {@code webhook-id} header
     * @param timestamp the {@code webhook-timestamp} header
     * @param signatures the {@code webhook-signature} header
     * @param body the raw request body, exactly as received
     * @throws WebhookVerificationException when the delivery is not signed with this secret, or is too old or new
     */
    public void verify(String id, String timestamp, String signatures, String body) {
        if (id == null || id.isBlank() || timestamp == null || signatures == null || body == null) {
            throw new WebhookVerificationException("webhook is missing "
                    + (id == null || id.isBlank() ? "webhook-id" : timestamp == null ? "webhook-timestamp"
                    : signatures == null ? "webhook-signature" : "its body"));
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            throw new WebhookVerificationException("webhook-timestamp is not Unix seconds");
        }
        Duration skew = Duration.between(Instant.ofEpochSecond(seconds), clock.instant()).abs();
        if (skew.compareTo(TOLERANCE) > 0) {
            throw new WebhookVerificationException("webhook-timestamp is " + skew.toSeconds()
                    + " s away from now (tolerance " + TOLERANCE.toSeconds() + " s): refused as a possible replay");
        }
        byte[] expected = signature(id, timestamp.trim(), body).getBytes(StandardCharsets.US_ASCII);
        for (String candidate : signatures.trim().split(" +")) {
            int comma = candidate.indexOf(',');
            if (comma > 0 && candidate.substring(0, comma).equals("v1")
                    && MessageDigest.isEqual(expected, candidate.substring(comma + 1).getBytes(StandardCharsets.US_ASCII))) {
                return;
            }
        }
        throw new WebhookVerificationException("webhook-signature has no v1 signature that matches this secret");
    }

    /**
     * Signs a delivery, as a sender does (the sandbox, or your tests).
     *
     * @param id the {@code webhook-id}
     * @param timestamp when it is sent
     * @param body the raw body
     * @return the {@code webhook-signature} header value, {@code v1,<base64>}
     */
    public String sign(String id, Instant timestamp, String body) {
        return "v1," + signature(id, Long.toString(timestamp.getEpochSecond()), body);
    }

    private String signature(String id, String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "WebhookVerifier{secret=***, tolerance=" + TOLERANCE + "}";
    }
}
