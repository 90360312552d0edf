package io.kling4j.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kling4j.client.errors.AuthenticationException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigurationTest {
    @Test
    void fromEnvReadsKeyAndBaseUrl() {
        try (KlingClient c = KlingClient.builder()
                .fromEnv(Map.of("RUNAPI_API_KEY", "  sk-env-secret  ", "RUNAPI_BASE_URL", "http://127.0.0.1:9/")).build()) {
            assertEquals("http://127.0.0.1:9", c.baseUrl().toString());
            assertFalse(c.toString().contains("sk-env-secret"));
        }
    }

    @Test
    void missingKeyIsAnAuthenticationErrorNamingTheVariable() {
        AuthenticationException e = assertThrows(AuthenticationException.class,
                () -> KlingClient.builder().fromEnv(Map.of()).build());
        assertTrue(e.getMessage().contains("RUNAPI_API_KEY"));
    }

    @Test
    void defaultBaseUrlIsRunApi() {
        try (KlingClient c = KlingClient.builder().apiKey("k").build()) {
            assertEquals("https://runapi.ai", c.baseUrl().toString());
        }
    }

    @Test
    void plainHttpIsRefusedOffLoopbackUnlessAllowed() {
        assertThrows(IllegalArgumentException.class,
                () -> KlingClient.builder().apiKey("k").baseUrl("http://api.example.com").build());
        KlingClient.builder().apiKey("k").baseUrl("http://api.example.com").allowInsecureHttp(true).build().close();
        KlingClient.builder().apiKey("k").baseUrl("http://localhost:8089").build().close();
        KlingClient.builder().apiKey("k").baseUrl("http://[::1]:8089").build().close();
    }

    @Test
    void badBaseUrlNamesTheRule() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KlingClient.builder().baseUrl("ftp://x"));
        assertTrue(e.getMessage().contains("http(s)"));
    }

    @Test
    void endpointParsesCliAndPathNames() {
        assertEquals(Endpoint.of("text_to_video"), Endpoint.parse("text-to-video"));
        assertEquals(Endpoint.of("image_to_video"), Endpoint.parse("image_to_video"));
        assertEquals(Endpoint.of("edit_video"), Endpoint.parse("edit")); // the spec's x-kling-cli-name
        assertThrows(IllegalArgumentException.class, () -> Endpoint.parse("edit_videos"));
    }
}
