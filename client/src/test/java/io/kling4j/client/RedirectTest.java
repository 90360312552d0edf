package io.kling4j.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kling4j.client.errors.UnexpectedResponseException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12 item 1: the key goes to the API's origin only, redirects included (two loopback origins). */
class RedirectTest {
    private static final String KEY = "sk-redirect-secret";
    private final ScriptedServer api = new ScriptedServer();
    private final ScriptedServer other = new ScriptedServer();
    private final KlingClient client = KlingClient.builder().apiKey(KEY).baseUrl(api.baseUrl()).build();

    @TempDir
    Path dir;

    RedirectTest() throws Exception {
    }

    @AfterEach
    void close() {
        client.close();
        api.close();
        other.close();
    }

    private static ScriptedServer.Reply redirect(int status, String location) {
        return new ScriptedServer.Reply(status, Map.of("Location", location), new byte[0]);
    }

    @Test
    void aStatusCallRedirectedToAnotherOriginIsRefusedAndTheOtherOriginGetsNothing() {
        api.then(redirect(302, other.baseUrl() + "/api/v1/kling/text_to_video/t1"));
        other.then(ScriptedServer.Reply.json(200, "{\"id\":\"t1\",\"status\":\"completed\"}"));
        UnexpectedResponseException e = assertThrows(UnexpectedResponseException.class,
                () -> client.get(Endpoint.of("text_to_video"), "t1"));
        assertTrue(e.getMessage().contains("another origin"), e.getMessage());
        assertFalse(e.getMessage().contains(KEY));
        assertEquals(0, other.requests.size(), "nothing may reach the other origin");
        assertEquals(1, api.requests.size(), "a refused redirect is not retried");
    }

    @Test
    void aCreateRedirectedToAnotherOriginIsRefusedToo() throws Exception {
        api.then(redirect(307, other.baseUrl() + "/api/v1/kling/text_to_video"));
        var future = client.submitAsync(TextToVideoParams.builder().model("kling-3.0").prompt("fox").durationSeconds(5).build(),
                RequestOptions.none());
        var e = assertThrows(java.util.concurrent.ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS));
        assertInstanceOf(UnexpectedResponseException.class, e.getCause());
        assertEquals(0, other.requests.size());
    }

    @Test
    void aSameOriginRedirectIsFollowedWithTheKey() {
        api.then(redirect(301, "/api/v1/kling/text_to_video/t1-moved"));
        api.then(ScriptedServer.Reply.json(200, "{\"id\":\"t1\",\"status\":\"processing\"}"));
        KlingTask task = client.get(Endpoint.of("text_to_video"), "t1");
        assertEquals("t1", task.id());
        assertEquals("/api/v1/kling/text_to_video/t1-moved", api.requests.get(1).path());
        assertEquals("Bearer " + KEY, api.requests.get(1).header("Authorization"));
    }

    @Test
    void aDownloadFollowsACrossOriginRedirectWithoutTheKey() throws Exception {
        byte[] video = {0, 0, 0, 24, 'f', 't', 'y', 'p'};
        api.then(redirect(302, other.baseUrl() + "/cdn/v.mp4?sig=abc"));
        other.then(new ScriptedServer.Reply(200, Map.of("Content-Type", "video/mp4"), video));
        Path file = client.download(URI.create(api.baseUrl() + "/files/v.mp4"), dir.resolve("v.mp4"));
        assertArrayEquals(video, Files.readAllBytes(file));
        assertEquals("Bearer " + KEY, api.requests.get(0).header("Authorization"));
        assertEquals("/cdn/v.mp4", other.requests.get(0).path());
        assertNull(other.requests.get(0).header("Authorization"), "the key must not follow the redirect");
    }

    @Test
    void theKeyStaysDroppedWhenARedirectChainComesBackToTheApiOrigin() throws Exception {
        api.then(redirect(302, other.baseUrl() + "/bounce"));
        other.then(redirect(302, api.baseUrl() + "/files/final.mp4"));
        api.then(new ScriptedServer.Reply(200, Map.of(), new byte[] {1, 2, 3}));
        client.download(URI.create(api.baseUrl() + "/files/v.mp4"), dir.resolve("v.mp4"));
        assertNull(other.requests.get(0).header("Authorization"));
        assertNull(api.requests.get(1).header("Authorization"));
    }

    @Test
    void aUserSuppliedClientThatFollowsRedirectsIsRejected() {
        HttpClient following = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KlingClient.builder().apiKey(KEY).baseUrl(api.baseUrl()).httpClient(following).build());
        assertTrue(e.getMessage().contains("Redirect.NEVER"), e.getMessage());
    }

    @Test
    void aUserSuppliedClientGetsTheSameProtection() {
        try (KlingClient own = KlingClient.builder().apiKey(KEY).baseUrl(api.baseUrl())
                .httpClient(HttpClient.newHttpClient()).build()) {
            api.then(redirect(302, other.baseUrl() + "/api/v1/kling/text_to_video/t1"));
            assertThrows(UnexpectedResponseException.class, () -> own.get(Endpoint.of("text_to_video"), "t1"));
            assertEquals(0, other.requests.size());
        }
    }
}
