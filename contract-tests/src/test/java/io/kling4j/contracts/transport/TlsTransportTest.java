package io.kling4j.contracts.transport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.kling4j.client.Endpoint;
import io.kling4j.client.KlingClient;
import io.kling4j.client.KlingTask;
import io.kling4j.client.RequestOptions;
import io.kling4j.client.RetryPolicy;
import io.kling4j.client.TaskStatus;
import io.kling4j.client.TextToVideoParams;
import io.kling4j.client.errors.RequestTimeoutException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * RunAPI is HTTPS, in HTTP/2 or HTTP/1.1. The client's own JDK client runs the JDK's internal steps (the TLS
 * handshake's tasks, response parsing, body subscribers, an upload's body) on its selector thread
 * ({@code ClientSupport.onSelectorThread()}); this drives clients built exactly as a user builds them (no
 * {@code httpClient(...)}) over TLS against two WireMock servers (Jetty, ALPN), one offering HTTP/2 and one HTTP/1.1
 * only: submit, get, many calls at once, an 8 MiB download, a 3 MiB upload and a request timeout. The JVM's default
 * trust store is pointed at a certificate made here before anything in the JVM uses TLS, which is why this test runs
 * in a JVM of its own (the {@code tls-transport} execution in this module's POM).
 */
class TlsTransportTest {
    private static final String PASSWORD = "changeit";
    private static final String TASKS = "/api/v1/kling/text_to_video";
    private static final byte[] VIDEO = new byte[8 << 20];
    private static final WireMockServer[] SERVERS = new WireMockServer[2];
    private static final KlingClient[] CLIENTS = new KlingClient[2];
    private static final String[] PROTOCOLS = {"HTTP/2.0", "HTTP/1.1"};

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws Exception {
        new Random(14).nextBytes(VIDEO);
        Path store = selfSigned(dir.resolve("loopback.p12"));
        System.setProperty("javax.net.ssl.trustStore", store.toString()); // read when the default SSLContext is made
        System.setProperty("javax.net.ssl.trustStorePassword", PASSWORD);
        System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
        for (int i = 0; i < 2; i++) {
            WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort()
                    .dynamicHttpsPort().http2TlsDisabled(i == 1).keystorePath(store.toString())
                    .keystoreType("PKCS12").keystorePassword(PASSWORD).keyManagerPassword(PASSWORD));
            server.start();
            stub(server);
            SERVERS[i] = server;
            CLIENTS[i] = KlingClient.builder().apiKey("sk-tls").baseUrl(URI.create(origin(server)))
                    .retryPolicy(new RetryPolicy(0, Duration.ofMillis(1), Duration.ofMillis(1), Duration.ofSeconds(1)))
                    .build();
        }
    }

    private static void stub(WireMockServer server) {
        String json = "application/json";
        server.stubFor(post(urlPathEqualTo(TASKS)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", json).withBody("{\"id\":\"task_tls\",\"status\":\"pending\"}")));
        server.stubFor(get(urlPathEqualTo(TASKS + "/task_tls")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", json).withBody("{\"id\":\"task_tls\",\"status\":\"completed\","
                        + "\"videos\":[{\"url\":\"" + origin(server) + "/v/task_tls.mp4\"}]}")));
        server.stubFor(get(urlPathEqualTo(TASKS + "/task_slow")).willReturn(aResponse().withStatus(200)
                .withFixedDelay(5_000).withBody("{\"id\":\"task_slow\",\"status\":\"pending\"}")));
        server.stubFor(get(urlPathEqualTo("/v/task_tls.mp4")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "video/mp4").withBody(VIDEO)));
        server.stubFor(post(urlPathEqualTo("/api/v1/files")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", json).withBody("{\"file_name\":\"clip.bin\",\"url\":"
                        + "\"https://files.example.com/f/clip.bin\",\"created_at\":\"2026-01-01T00:00:00Z\","
                        + "\"expires_at\":\"2026-01-01T01:00:00Z\"}")));
    }

    private static String origin(WireMockServer server) {
        return "https://localhost:" + server.httpsPort();
    }

    @AfterAll
    static void stop() {
        for (int i = 0; i < 2; i++) {
            if (CLIENTS[i] != null) {
                CLIENTS[i].close();
            }
            if (SERVERS[i] != null) {
                SERVERS[i].stop();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void submitThenGetInTheServersProtocol(int i) {
        KlingTask created = CLIENTS[i].submit(TextToVideoParams.builder().model("kling-3.0").prompt("A fox")
                .durationSeconds(5).build());
        assertEquals("task_tls", created.id());
        assertEquals(TaskStatus.COMPLETED, CLIENTS[i].get(Endpoint.of("text_to_video"), "task_tls").status());
        LoggedRequest sent = SERVERS[i].findAll(postRequestedFor(urlPathEqualTo(TASKS))).get(0);
        assertEquals(PROTOCOLS[i], sent.getProtocol(), "the protocol ALPN chose: the tests would not cover the other");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void manyCallsAtOnce(int i) throws Exception {
        List<CompletableFuture<KlingTask>> calls = new ArrayList<>();
        for (int n = 0; n < 60; n++) {
            calls.add(CLIENTS[i].getAsync(Endpoint.of("text_to_video"), "task_tls", RequestOptions.none()));
        }
        for (CompletableFuture<KlingTask> call : calls) {
            assertEquals(TaskStatus.COMPLETED, call.get(30, TimeUnit.SECONDS).status());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void anEightMegabyteDownloadArrivesWhole(int i) throws Exception {
        KlingTask task = CLIENTS[i].get(Endpoint.of("text_to_video"), "task_tls");
        Path file = CLIENTS[i].download(task, dir.resolve("video-" + i + ".mp4"));
        assertArrayEquals(VIDEO, Files.readAllBytes(file));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void aThreeMegabyteUploadArrivesWhole(int i) throws Exception {
        byte[] clip = new byte[3 << 20];
        new Random(i).nextBytes(clip);
        Path file = Files.write(dir.resolve("clip-" + i + ".bin"), clip);
        assertEquals("https://files.example.com/f/clip.bin",
                CLIENTS[i].uploadFile(file, "clip.bin", RequestOptions.none()).url());
        List<LoggedRequest> uploads = SERVERS[i].findAll(postRequestedFor(urlPathEqualTo("/api/v1/files")));
        JsonNode body = new ObjectMapper().readTree(uploads.get(uploads.size() - 1).getBody());
        assertArrayEquals(clip, Base64.getDecoder().decode(body.path("source").path("data").asText()));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void aRequestTimeoutFires(int i) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> CLIENTS[i].getAsync(
                Endpoint.of("text_to_video"), "task_slow", RequestOptions.none().timeout(Duration.ofMillis(300)))
                .get(30, TimeUnit.SECONDS));
        assertTrue(e.getCause() instanceof RequestTimeoutException, e.getCause().toString());
    }

    /** A key pair and self-signed certificate for localhost, made with the JDK's keytool. */
    private static Path selfSigned(Path file) throws Exception {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process p = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "loopback", "-keyalg", "RSA",
                "-keysize", "2048", "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", file.toString(),
                "-storepass", PASSWORD, "-keypass", PASSWORD).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "keytool failed: " + output);
        return file;
    }
}
