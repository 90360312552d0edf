package io.kling4j.client;

import static io.kling4j.client.ScriptedServer.Reply.json;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kling4j.client.errors.KlingException;
import io.kling4j.client.errors.NetworkException;
import io.kling4j.client.internal.ErrorMapper;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 items 1 and 5 in the client: a local file is uploaded as base64 encoded while it is sent (the body is
 * the same JSON the generated call sends), every retry is told to a listener, and a failure without a response
 * names host:port and the cause in words.
 */
class StreamingUploadAndRetryWordsTest {
    @TempDir
    Path dir;

    @Test
    void aLocalFileIsStreamedAsBase64InTheFilesBody() throws Exception {
        byte[] bytes = new byte[3 * 16 * 1024 * 2 + 7]; // two whole chunks and a tail that needs padding
        new Random(11).nextBytes(bytes);
        Path file = Files.write(dir.resolve("clip.mp4"), bytes);
        try (ScriptedServer server = new ScriptedServer();
             KlingClient client = KlingClient.builder().apiKey("sk-upload").baseUrl(server.baseUrl()).build()) {
            server.then(json(200, "{\"file_name\":\"clip.mp4\",\"url\":\"https://files.example.com/f/clip.mp4\","
                    + "\"created_at\":\"2026-01-01T00:00:00Z\",\"expires_at\":\"2026-01-01T01:00:00Z\"}"));
            UploadedFile stored = client.uploadFile(file, "clip.mp4", RequestOptions.none());
            assertEquals("https://files.example.com/f/clip.mp4", stored.url());
            ScriptedServer.Recorded r = server.requests.get(0);
            assertEquals("/api/v1/files", r.path());
            assertEquals("Bearer sk-upload", r.header("Authorization"));
            JsonNode body = new ObjectMapper().readTree(r.body());
            assertEquals("clip.mp4", body.path("file_name").asText());
            assertEquals("base64", body.path("source").path("type").asText());
            assertArrayEquals(bytes, Base64.getDecoder().decode(body.path("source").path("data").asText()));
        }
    }

    @Test
    void onlyAReadableRegularFileIsUploadedAndNothingIsSentOtherwise() throws Exception {
        try (ScriptedServer server = new ScriptedServer();
             KlingClient client = KlingClient.builder().apiKey("sk-upload").baseUrl(server.baseUrl()).build()) {
            for (Path notAFile : new Path[] {dir.resolve("missing.mp4"), dir, Path.of("/dev/null")}) {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                        () -> client.uploadFile(notAFile, "clip.mp4", RequestOptions.none()));
                assertEquals("file must be a readable regular file (was '" + notAFile + "')", e.getMessage());
            }
            assertEquals(0, server.requests.size(), "nothing may be sent for a path that is not a file");
        }
    }

    @Test
    void everyRetryIsToldAndARefusedConnectionNamesHostAndPort() throws Exception {
        int port;
        try (ServerSocket closed = new ServerSocket(0)) {
            port = closed.getLocalPort();
        }
        List<String> told = new ArrayList<>();
        try (KlingClient client = KlingClient.builder().apiKey("sk-retry").baseUrl("http://127.0.0.1:" + port)
                .retryPolicy(new RetryPolicy(2, Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofSeconds(1)))
                .retryListener((operation, error, retry, max, delay) -> told.add(retry + "/" + max + " " + error.getMessage()))
                .build()) {
            KlingException e = assertThrows(NetworkException.class, () -> client.get(Endpoint.of("text_to_video"), "task_1"));
            String expected = "status of task task_1: connection to 127.0.0.1:" + port + " refused (nothing listens there)";
            assertEquals(expected, e.getMessage());
            assertEquals(List.of("1/2 " + expected, "2/2 " + expected), told);
        }
    }

    @Test
    void causesAreSaidInWords() {
        java.net.ConnectException dns = new java.net.ConnectException();
        dns.initCause(new java.nio.channels.UnresolvedAddressException());
        assertEquals("create text_to_video: host api.example not found (DNS lookup failed)",
                ErrorMapper.map(dns, "create text_to_video", "api.example:443", null).getMessage());
        assertEquals("file upload: connection to api.example:443 reset by the peer", ErrorMapper.map(
                new java.io.IOException("Connection reset"), "file upload", "api.example:443", null).getMessage());
        KlingException timeout = ErrorMapper.map(new java.net.http.HttpTimeoutException("request timed out"),
                "create text_to_video", "127.0.0.1:39822", Duration.ofSeconds(20));
        assertEquals("create text_to_video: no answer from 127.0.0.1:39822 after 20 s (request timed out)",
                timeout.getMessage());
        assertTrue(timeout instanceof io.kling4j.client.errors.RequestTimeoutException);
    }
}
