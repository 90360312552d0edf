package io.kling4j.contracts.transport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.kling4j.client.Endpoint;
import io.kling4j.client.KlingClient;
import io.kling4j.client.KlingTask;
import io.kling4j.client.RequestOptions;
import io.kling4j.client.RetryPolicy;
import io.kling4j.client.TaskStatus;
import io.kling4j.client.TextToVideoParams;
import io.kling4j.client.errors.RequestTimeoutException;
import io.kling4j.client.internal.ClientSupport;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * RunAPI is HTTPS, in HTTP/2 or HTTP/1.1. kling4j's own JDK client runs the JDK's internal steps (the TLS
 * handshake's tasks among them) inline on its selector thread ({@link ClientSupport#onSelectorThread()}), so this
 * drives the facade, on a JDK client configured exactly like that one but trusting a certificate made here, over
 * TLS against WireMock (Jetty, ALPN) in both protocols: submit, get, many calls at once, an 8 MiB download and a
 * request timeout.
 */
class TlsTransportTest {
    private static final char[] PASSWORD = "changeit".toCharArray();
    private static final String TASKS = "/api/v1/kling/text_to_video";
    private static final byte[] VIDEO = new byte[8 << 20];
    private static WireMockServer server;
    private static final Map<HttpClient.Version, HttpClient> JDK = new EnumMap<>(HttpClient.Version.class);
    private static final Map<HttpClient.Version, KlingClient> CLIENTS = new EnumMap<>(HttpClient.Version.class);

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws Exception {
        new Random(14).nextBytes(VIDEO);
        Path store = dir.resolve("loopback.p12");
        KeyStore keys = selfSigned(store);
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort().dynamicHttpsPort()
                .keystorePath(store.toString()).keystoreType("PKCS12").keystorePassword(new String(PASSWORD))
                .keyManagerPassword(new String(PASSWORD)));
        server.start();
        server.stubFor(post(urlPathEqualTo(TASKS)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"task_h2\",\"status\":\"pending\"}")));
        String https = "https://localhost:" + server.httpsPort();
        server.stubFor(get(urlPathEqualTo(TASKS + "/task_h2")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"task_h2\",\"status\":\"completed\","
                        + "\"videos\":[{\"url\":\"" + https + "/v/task_h2.mp4\"}]}")));
        server.stubFor(get(urlPathEqualTo(TASKS + "/task_slow")).willReturn(aResponse().withStatus(200)
                .withFixedDelay(5_000).withBody("{\"id\":\"task_slow\",\"status\":\"pending\"}")));
        server.stubFor(get(urlPathEqualTo("/v/task_h2.mp4")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "video/mp4").withBody(VIDEO)));

        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(keys);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, tmf.getTrustManagers(), null);
        for (HttpClient.Version version : HttpClient.Version.values()) {
            // the client's own JDK client, as ClientCore builds it, with a trust store for this certificate
            HttpClient jdk = HttpClient.newBuilder().version(version).sslContext(tls)
                    .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER)
                    .executor(ClientSupport.onSelectorThread()).build();
            JDK.put(version, jdk);
            CLIENTS.put(version, KlingClient.builder().apiKey("sk-tls").baseUrl(URI.create(https)).httpClient(jdk)
                    .retryPolicy(new RetryPolicy(0, Duration.ofMillis(1), Duration.ofMillis(1), Duration.ofSeconds(1)))
                    .build());
        }
    }

    @AfterAll
    static void stop() {
        CLIENTS.values().forEach(KlingClient::close);
        server.stop();
    }

    @ParameterizedTest
    @EnumSource(HttpClient.Version.class)
    void theServerSpeaksTheVersionAsked(HttpClient.Version version) throws Exception {
        HttpResponse<String> response = JDK.get(version).send(HttpRequest.newBuilder(
                URI.create("https://localhost:" + server.httpsPort() + TASKS + "/task_h2")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(version, response.version(), "ALPN chose another protocol: the tests would not cover " + version);
    }

    @ParameterizedTest
    @EnumSource(HttpClient.Version.class)
    void submitThenGet(HttpClient.Version version) {
        KlingClient client = CLIENTS.get(version);
        KlingTask created = client.submit(TextToVideoParams.builder().model("kling-3.0").prompt("A fox")
                .durationSeconds(5).build());
        assertEquals("task_h2", created.id());
        assertEquals(TaskStatus.COMPLETED, client.get(Endpoint.of("text_to_video"), "task_h2").status());
    }

    @ParameterizedTest
    @EnumSource(HttpClient.Version.class)
    void manyCallsAtOnce(HttpClient.Version version) throws Exception {
        KlingClient client = CLIENTS.get(version);
        List<CompletableFuture<KlingTask>> calls = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            calls.add(client.getAsync(Endpoint.of("text_to_video"), "task_h2", RequestOptions.none()));
        }
        for (CompletableFuture<KlingTask> call : calls) {
            assertEquals(TaskStatus.COMPLETED, call.get(30, TimeUnit.SECONDS).status());
        }
    }

    @ParameterizedTest
    @EnumSource(HttpClient.Version.class)
    void anEightMegabyteDownloadArrivesWhole(HttpClient.Version version) throws Exception {
        KlingClient client = CLIENTS.get(version);
        KlingTask task = client.get(Endpoint.of("text_to_video"), "task_h2");
        Path file = client.download(task, dir.resolve("video-" + version + ".mp4"));
        assertArrayEquals(VIDEO, Files.readAllBytes(file));
    }

    @ParameterizedTest
    @EnumSource(HttpClient.Version.class)
    void aRequestTimeoutFires(HttpClient.Version version) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> CLIENTS.get(version).getAsync(
                Endpoint.of("text_to_video"), "task_slow", RequestOptions.none().timeout(Duration.ofMillis(300)))
                .get(30, TimeUnit.SECONDS));
        assertTrue(e.getCause() instanceof RequestTimeoutException, e.getCause().toString());
    }

    /** A key pair and self-signed certificate for localhost, made with the JDK's keytool. */
    private static KeyStore selfSigned(Path file) throws Exception {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process p = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "loopback", "-keyalg", "RSA",
                "-keysize", "2048", "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", file.toString(),
                "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD))
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "keytool failed: " + output);
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, PASSWORD);
        }
        return store;
    }
}
