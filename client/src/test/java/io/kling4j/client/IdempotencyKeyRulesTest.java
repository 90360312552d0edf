package io.kling4j.client;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kling4j.client.TextToVideoParams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 12 item 6: an idempotency key is checked before anything is sent. */
class IdempotencyKeyRulesTest {
    private final ScriptedServer server = new ScriptedServer();
    private final KlingClient client = KlingClient.builder().apiKey("sk-idem").baseUrl(server.baseUrl()).build();

    IdempotencyKeyRulesTest() throws Exception {
    }

    @AfterEach
    void close() {
        client.close();
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "   ", "\t", "order 42", "key\n", "clé-été", "ключ", "k\u0000"})
    void badKeysAreRefusedNamingTheOptionAndNothingIsSent(String key) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> client.submit(
                TextToVideoParams.builder().model("kling-3.0").prompt("fox").durationSeconds(5).build(),
                RequestOptions.none().idempotencyKey(key)));
        assertTrue(e.getMessage().startsWith("idempotencyKey must be 1-512 visible ASCII characters"), e.getMessage());
        assertEquals(0, server.requests.size());
    }

    @Test
    void tooLongKeysAreRefusedAndTheLimitIsAccepted() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RequestOptions.none().idempotencyKey("k".repeat(513)));
        assertTrue(e.getMessage().contains("513 characters long"), e.getMessage());
        assertDoesNotThrow(() -> RequestOptions.none().idempotencyKey("k".repeat(512)));
        assertDoesNotThrow(() -> RequestOptions.none().idempotencyKey("order-42/attempt:A~!"));
    }
}
