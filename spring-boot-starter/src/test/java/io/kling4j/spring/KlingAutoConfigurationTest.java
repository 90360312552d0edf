package io.kling4j.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.kling4j.client.KlingClient;
import io.kling4j.sandbox.KlingSandbox;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The starter's auto-configuration in application contexts, against a sandbox for the calls. */
class KlingAutoConfigurationTest {
    private static final String KEY = "sk-starter-test-key";
    private static KlingSandbox sandbox;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(KlingAutoConfiguration.class, KlingHealthAutoConfiguration.class));

    @BeforeAll
    static void start() {
        sandbox = KlingSandbox.builder().apiKey(KEY).build().start();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private String baseUrl() {
        return "kling.base-url=" + sandbox.baseUri();
    }

    @Test
    void configuresAClientFromPropertiesThatReachesTheServer() {
        runner.withPropertyValues("kling.api-key=" + KEY, baseUrl(), "kling.request-timeout=5s",
                "kling.connect-timeout=2s", "kling.retry.max-retries=0", "kling.io-threads=4",
                "kling.webhook-secret=whsec_c3ByaW5nLXdlYmhvb2stc2VjcmV0").run(context -> {
            KlingClient client = context.getBean(KlingClient.class);
            assertThat(client.webhooks().verifiesSignatures()).isTrue();
            assertThat(client.baseUrl().toString()).startsWith(sandbox.baseUri().toString());
            assertThat(client.balance().balanceCents()).isNotNegative();
            KlingProperties properties = context.getBean(KlingProperties.class);
            assertThat(properties.getRequestTimeout()).isEqualTo(Duration.ofSeconds(5));
            assertThat(properties.getConnectTimeout()).isEqualTo(Duration.ofSeconds(2));
            assertThat(properties.getRetry().toPolicy().maxRetries()).isZero();
            assertThat(properties.getIoThreads()).isEqualTo(4);
            assertThat(properties.toString()).doesNotContain(KEY).doesNotContain("c3ByaW5n");
        });
    }

    @Test
    void fallsBackToRunapiApiKeyAndBaseUrl() {
        runner.withPropertyValues("RUNAPI_API_KEY=" + KEY, "RUNAPI_BASE_URL=" + sandbox.baseUri()).run(context ->
                assertThat(context.getBean(KlingClient.class).balance().balanceCents()).isNotNegative());
    }

    @Test
    void failsStartupWithAClearMessageWithoutAKey() {
        assumeTrue(System.getenv("RUNAPI_API_KEY") == null, "RUNAPI_API_KEY is set in this environment");
        runner.run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("kling.api-key").hasMessageContaining("RUNAPI_API_KEY");
        });
    }

    @Test
    void backsOffWhenTheApplicationDefinesItsOwnClient() {
        runner.withUserConfiguration(OwnClient.class).run(context -> {
            assertThat(context).hasSingleBean(KlingClient.class);
            assertThat(context.getBean(KlingClient.class)).isSameAs(context.getBean(OwnClient.class).client);
            assertThat(context).hasSingleBean(KlingHealthIndicator.class);
        });
    }

    @Test
    void canBeSwitchedOff() {
        runner.withPropertyValues("kling.enabled=false").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(KlingClient.class);
            assertThat(context).doesNotHaveBean(KlingHealthIndicator.class);
        });
    }

    @Test
    void healthIsUpWithTheBalanceWhenTheKeyWorks() {
        runner.withPropertyValues("kling.api-key=" + KEY, baseUrl()).run(context -> {
            var health = context.getBean("klingHealthIndicator", HealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsKey("balanceCents");
        });
    }

    @Test
    void healthIsDownWithTheErrorButNotTheKeyWhenTheKeyIsWrong() {
        runner.withPropertyValues("kling.api-key=sk-wrong-key", baseUrl()).run(context -> {
            var health = context.getBean(KlingHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsEntry("status", 401)
                    .containsEntry("error", "AuthenticationException");
            assertThat(health.toString()).doesNotContain("sk-wrong-key");
        });
    }

    @Test
    void noHealthIndicatorWithoutActuator() {
        runner.withClassLoader(new FilteredClassLoader(HealthIndicator.class))
                .withPropertyValues("kling.api-key=" + KEY, baseUrl()).run(context -> {
                    assertThat(context).hasSingleBean(KlingClient.class);
                    assertThat(context).doesNotHaveBean(KlingHealthIndicator.class);
                });
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnClient {
        final KlingClient client = KlingClient.builder().apiKey("sk-own").baseUrl(sandbox.baseUri()).build();

        @Bean
        KlingClient myKlingClient() {
            return client;
        }
    }
}
