package io.kling4j.spring;

import io.kling4j.client.KlingClient;
import io.kling4j.client.KlingClientBuilder;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Auto-configures one {@link KlingClient} bean from {@link KlingProperties} ({@code kling.*}), unless the
 * application defines its own {@code KlingClient} or sets {@code kling.enabled=false}. The key is
 * {@code kling.api-key}, else {@code RUNAPI_API_KEY}; without either, startup fails with a message naming both.
 * The client is closed with the context.
 */
@AutoConfiguration
@ConditionalOnClass(KlingClient.class)
@ConditionalOnProperty(prefix = "kling", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(KlingProperties.class)
public class KlingAutoConfiguration {
    /** Environment variable read when {@code kling.api-key} is not set. */
    public static final String API_KEY_ENV = "RUNAPI_API_KEY";
    /** Environment variable read when {@code kling.base-url} is not set. */
    public static final String BASE_URL_ENV = "RUNAPI_BASE_URL";

    /**
     * @param properties  the bound {@code kling.*} properties
     * @param environment where {@code RUNAPI_API_KEY} / {@code RUNAPI_BASE_URL} are looked up as fallbacks
     * @return the client
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public KlingClient klingClient(KlingProperties properties, Environment environment) {
        String key = firstSet(properties.getApiKey(), environment.getProperty(API_KEY_ENV));
        if (key == null) {
            throw new IllegalStateException("No RunAPI key: set the property kling.api-key or the environment variable "
                    + API_KEY_ENV + " (or kling.enabled=false to skip the KlingClient bean)");
        }
        KlingClientBuilder builder = KlingClient.builder().apiKey(key)
                .connectTimeout(properties.getConnectTimeout()).requestTimeout(properties.getRequestTimeout())
                .retryPolicy(properties.getRetry().toPolicy()).validateRequests(properties.isValidateRequests())
                .ioThreads(properties.getIoThreads());
        String baseUrl = firstSet(properties.getBaseUrl(), environment.getProperty(BASE_URL_ENV));
        if (baseUrl != null) {
            builder.baseUrl(baseUrl);
        }
        if (properties.getWebhookSecret() != null && !properties.getWebhookSecret().isBlank()) {
            builder.webhookSecret(properties.getWebhookSecret());
        }
        return builder.build();
    }

    private static String firstSet(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a;
        }
        return b != null && !b.isBlank() ? b : null;
    }
}
