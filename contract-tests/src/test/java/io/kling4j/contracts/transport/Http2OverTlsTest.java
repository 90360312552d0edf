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
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RunAPI is HTTPS and may answer in HTTP/2. kling4j's own JDK client runs the JDK's internal steps inline on its
 * selector thread ({@link ClientSupport#onSelectorThread()}), so this drives the facade, configured exactly like
 * that client but trusting a certificate made here, over HTTP/2 with TLS against WireMock (Jetty, ALPN): submit,
 * get, many calls at once on one multiplexed connection, an 8 MiB download and a request timeout.
 */
class Http2OverTlsTest {
    private static final char[] PASSWORD = "changeit".toCharArray();
    private static final String TASKS = "/api/v1/kling/text_to_video";
    private static final byte[] VIDEO = new byte[8 << 20];
    private static WireMockServer server;
    private static HttpClient jdk;
    private static KlingClient client;

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
        // the client's own JDK client, as ClientCore builds it, with a trust store for this certificate
        jdk = HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).executor(ClientSupport.onSelectorThread()).build();
        client = KlingClient.builder().apiKey("sk-h2").baseUrl(URI.create(https)).httpClient(jdk)
                .retryPolicy(new RetryPolicy(0, Duration.ofMillis(1), Duration.ofMillis(1), Duration.ofSeconds(1)))
                .build();
    }

    @AfterAll
    static void stop() {
        client.close();
        server.stop();
    }

    @Test
    void theServerSpeaksHttp2OverTls() throws Exception {
        HttpResponse<String> response = jdk.send(HttpRequest.newBuilder(
                URI.create("https://localhost:" + server.httpsPort() + TASKS + "/task_h2")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(HttpClient.Version.HTTP_2, response.version(), "ALPN did not choose h2: nothing below tests h2");
    }

    @Test
    void submitThenGetOverHttp2() {
        KlingTask created = client.submit(TextToVideoParams.builder().model("kling-3.0").prompt("A fox")
                .durationSeconds(5).build());
        assertEquals("task_h2", created.id());
        assertEquals(TaskStatus.COMPLETED, client.get(Endpoint.of("text_to_video"), "task_h2").status());
    }

    @Test
    void manyCallsAtOnceShareTheConnection() throws Exception {
        List<CompletableFuture<KlingTask>> calls = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            calls.add(client.getAsync(Endpoint.of("text_to_video"), "task_h2", RequestOptions.none()));
        }
        for (CompletableFuture<KlingTask> call : calls) {
            assertEquals(TaskStatus.COMPLETED, call.get(30, TimeUnit.SECONDS).status());
        }
    }

    @Test
    void anEightMegabyteDownloadArrivesWhole() throws Exception {
        KlingTask task = client.get(Endpoint.of("text_to_video"), "task_h2");
        Path file = client.download(task, dir.resolve("video.mp4"));
        assertArrayEquals(VIDEO, Files.readAllBytes(file));
    }

    @Test
    void aRequestTimeoutFires() {
        ExecutionException e = assertThrows(ExecutionException.class, () -> client.getAsync(
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
