package io.kling4j.spring;

import io.kling4j.client.KlingClientBuilder;
import io.kling4j.client.RetryPolicy;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code kling.*} properties of the starter. Defaults: no API key (then {@code RUNAPI_API_KEY} from the
 * environment), base URL {@code RUNAPI_BASE_URL} or {@code https://runapi.ai}, connect timeout 10 s, request
 * timeout 60 s, 2 retries with back-off from 0.5 s doubling to 8 s, {@code Retry-After} honoured up to 60 s,
 * request validation on. {@link #toString()} never shows the key.
 */
@ConfigurationProperties("kling")
public class KlingProperties {
    /** Whether to auto-configure a KlingClient at all. */
    private boolean enabled = true;
    /** RunAPI bearer key; falls back to the RUNAPI_API_KEY environment variable. */
    private String apiKey;
    /** RunAPI base URL; falls back to RUNAPI_BASE_URL, then https://runapi.ai. */
    private String baseUrl;
    /** Time to open a connection. */
    private Duration connectTimeout = KlingClientBuilder.DEFAULT_CONNECT_TIMEOUT;
    /** Time for one request (each retry has its own). */
    private Duration requestTimeout = KlingClientBuilder.DEFAULT_REQUEST_TIMEOUT;
    /** Check requests against the spec's per-model rules before sending them. */
    private boolean validateRequests = true;
    /** Standard Webhooks secret (whsec_...) that webhooks().deliver(body, headers) verifies signatures with. */
    private String webhookSecret;
    /** Requests sent at once outside blocking calls, each on a kling4j-io thread (1 to 256). */
    private int ioThreads = KlingClientBuilder.DEFAULT_IO_THREADS;
    /** Retries of failed calls. */
    private final Retry retry = new Retry();

    /** Retry settings: {@code kling.retry.*}. */
    public static class Retry {
        private static final RetryPolicy DEFAULTS = RetryPolicy.defaults();
        /** Retries after the first attempt (0 = none). */
        private int maxRetries = DEFAULTS.maxRetries();
        /** First back-off; doubles per retry, with jitter. */
        private Duration initialBackoff = DEFAULTS.initialBackoff();
        /** Longest back-off. */
        private Duration maxBackoff = DEFAULTS.maxBackoff();
        /** Longest Retry-After honoured. */
        private Duration maxRetryAfter = DEFAULTS.maxRetryAfter();

        /** @return the retry policy these settings describe */
        public RetryPolicy toPolicy() {
            return new RetryPolicy(maxRetries, initialBackoff, maxBackoff, maxRetryAfter);
        }

        public int getMaxRetries() {
            return maxRetries;
        }

        public void setMaxRetries(int maxRetries) {
            this.maxRetries = maxRetries;
        }

        public Duration getInitialBackoff() {
            return initialBackoff;
        }

        public void setInitialBackoff(Duration initialBackoff) {
            this.initialBackoff = initialBackoff;
        }

        public Duration getMaxBackoff() {
            return maxBackoff;
        }

        public void setMaxBackoff(Duration maxBackoff) {
            this.maxBackoff = maxBackoff;
        }

        public Duration getMaxRetryAfter() {
            return maxRetryAfter;
        }

        public void setMaxRetryAfter(Duration maxRetryAfter) {
            this.maxRetryAfter = maxRetryAfter;
        }
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Duration getRequestTimeout() {
        return requestTimeout;
    }

    public void setRequestTimeout(Duration requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public boolean isValidateRequests() {
        return validateRequests;
    }

    public void setValidateRequests(boolean validateRequests) {
        this.validateRequests = validateRequests;
    }

    /** @return requests sent at once outside blocking calls ({@code kling.io-threads}) */
    public int getIoThreads() {
        return ioThreads;
    }

    /** @param ioThreads requests sent at once outside blocking calls, 1 to 256 */
    public void setIoThreads(int ioThreads) {
        this.ioThreads = ioThreads;
    }

    public String getWebhookSecret() {
        return webhookSecret;
    }

    public void setWebhookSecret(String webhookSecret) {
        this.webhookSecret = webhookSecret;
    }

    public Retry getRetry() {
        return retry;
    }

    @Override
    public String toString() {
        return "KlingProperties[apiKey=" + (apiKey == null ? "unset" : "***") + ", baseUrl=" + baseUrl
                + ", connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout
                + ", maxRetries=" + retry.maxRetries + ", validateRequests=" + validateRequests + ", webhookSecret="
                + (webhookSecret == null ? "unset" : "***") + "]";
    }
}
