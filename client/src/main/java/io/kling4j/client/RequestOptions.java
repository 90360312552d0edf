package io.kling4j.client;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Per-call settings that override the client's: an {@code Idempotency-Key} of your own (otherwise a fresh
 * random one per submit, reused by its retries), an {@code X-Client-Request-Id}, a request timeout and a
 * retry policy. Immutable; start from {@link #none()}.
 */
public final class RequestOptions {
    private static final RequestOptions NONE = new RequestOptions(null, null, null, null, null);

    private final String idempotencyKey;
    private final String clientRequestId;
    private final Duration timeout;
    private final RetryPolicy retryPolicy;
    private final Boolean validate;

    private RequestOptions(String idempotencyKey, String clientRequestId, Duration timeout, RetryPolicy retryPolicy,
            Boolean validate) {
        this.idempotencyKey = idempotencyKey;
        this.clientRequestId = clientRequestId;
        this.timeout = timeout;
        this.retryPolicy = retryPolicy;
        this.validate = validate;
    }

    /** @return options that change nothing */
    public static RequestOptions none() {
        return NONE;
    }

    /**
     * @param key opaque, 1–512 visible ASCII characters ({@code !} to {@code ~}: no spaces, no control or non-ASCII
     *     characters); reuse it only to repeat the very same request
     * @return a copy with this idempotency key
     * @throws IllegalArgumentException when the key breaks that rule (checked here, so nothing is ever sent with it)
     */
    public RequestOptions idempotencyKey(String key) {
        Objects.requireNonNull(key, "idempotencyKey");
        int bad = 0;
        while (bad < key.length() && key.charAt(bad) > 0x20 && key.charAt(bad) < 0x7f) {
            bad++;
        }
        if (key.isBlank() || key.length() > 512 || bad < key.length()) {
            throw new IllegalArgumentException("idempotencyKey must be 1-512 visible ASCII characters (no spaces, no"
                    + " control or non-ASCII characters); it was " + (key.isBlank() ? "blank" : key.length() > 512
                    ? key.length() + " characters long" : String.format("U+%04X at position %d", (int) key.charAt(bad),
                    bad + 1)));
        }
        return new RequestOptions(key, clientRequestId, timeout, retryPolicy, validate);
    }

    /**
     * @param id your own request id, 1–512 printable ASCII characters; echoed by RunAPI
     * @return a copy with this client request id
     */
    public RequestOptions clientRequestId(String id) {
        return new RequestOptions(idempotencyKey, checkHeader("clientRequestId", id), timeout, retryPolicy, validate);
    }

    /**
     * Overrides the client's request timeout (default 60 s, {@link KlingClientBuilder#requestTimeout}) for every
     * HTTP attempt of this call: an attempt whose response headers have not arrived by then fails with
     * {@link io.kling4j.client.errors.RequestTimeoutException} and is retried like any transient failure (a submit
     * with the same {@code Idempotency-Key}).
     *
     * @param requestTimeout the timeout of each HTTP request of this call
     * @return a copy with this timeout
     */
    public RequestOptions timeout(Duration requestTimeout) {
        Objects.requireNonNull(requestTimeout, "timeout");
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive (was " + requestTimeout + ")");
        }
        return new RequestOptions(idempotencyKey, clientRequestId, requestTimeout, retryPolicy, validate);
    }

    /**
     * @param policy the retries of this call
     * @return a copy with this retry policy
     */
    public RequestOptions retryPolicy(RetryPolicy policy) {
        return new RequestOptions(idempotencyKey, clientRequestId, timeout, Objects.requireNonNull(policy, "policy"),
                validate);
    }

    /**
     * @param check false to send this request without checking it against the spec's rules
     * @return a copy that overrides the client's {@code validateRequests} setting
     */
    public RequestOptions validate(boolean check) {
        return new RequestOptions(idempotencyKey, clientRequestId, timeout, retryPolicy, check);
    }

    /** @return the per-call override of request validation, if set */
    public Optional<Boolean> validate() {
        return Optional.ofNullable(validate);
    }

    /** @return the caller's idempotency key, if set */
    public Optional<String> idempotencyKey() {
        return Optional.ofNullable(idempotencyKey);
    }

    /** @return the caller's request id, if set */
    public Optional<String> clientRequestId() {
        return Optional.ofNullable(clientRequestId);
    }

    /** @return the request timeout override, if set */
    public Optional<Duration> timeout() {
        return Optional.ofNullable(timeout);
    }

    /** @return the retry policy override, if set */
    public Optional<RetryPolicy> retryPolicy() {
        return Optional.ofNullable(retryPolicy);
    }

    private static String checkHeader(String name, String value) {
        Objects.requireNonNull(value, name);
        if (value.isBlank() || value.length() > 512 || !value.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
            throw new IllegalArgumentException(name + " must be 1-512 printable ASCII characters, not blank");
        }
        return value;
    }

    @Override
    public String toString() {
        return "RequestOptions{idempotencyKey=" + (idempotencyKey == null ? "auto" : "set") + ", clientRequestId="
                + clientRequestId + ", timeout=" + timeout + ", retryPolicy=" + retryPolicy + ", validate=" + validate + "}";
    }
}
