package io.kling4j.spring;

import io.kling4j.client.KlingClient;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Registers {@link KlingHealthIndicator} as bean {@code klingHealthIndicator} (health contributor "kling") when
 * spring-boot-actuator is on the classpath and there is a {@link KlingClient} bean (auto-configured or the
 * application's own). Off with {@code management.health.kling.enabled=false}.
 */
@AutoConfiguration(after = KlingAutoConfiguration.class)
@ConditionalOnClass({HealthIndicator.class, KlingClient.class})
@ConditionalOnBean(KlingClient.class)
@ConditionalOnProperty(prefix = "management.health.kling", name = "enabled", havingValue = "true", matchIfMissing = true)
public class KlingHealthAutoConfiguration {
    /**
     * @param client the application's client
     * @return the indicator
     */
    @Bean
    @ConditionalOnMissingBean(name = "klingHealthIndicator")
    public KlingHealthIndicator klingHealthIndicator(KlingClient client) {
        return new KlingHealthIndicator(client);
    }
}
