package io.kling4j.client.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client's own JDK client runs the JDK's internal steps on its selector thread
 * ({@link ClientSupport#onSelectorThread()}). RunAPI is HTTPS, where those steps include the TLS handshake's
 * delegated tasks: this pins that TLS works in that configuration, over blocking and I/O-thread sends, for a large
 * body, many sends at once, and a request timeout, against a loopback HTTPS server with a certificate made here.
 */
class SelectorThreadTlsTest {
    private static final char[] PASSWORD = "changeit".toCharArray();
    private static final byte[] BIG = new byte[8 << 20];
    private final CountDownLatch neverAnswer = new CountDownLatch(1);
    private HttpsServer server;
    private ExecutorService serverThreads;
    private ExecutorService io;
    private HttpClient http;

    @TempDir
    Path dir;

    @BeforeEach
    void start() throws Exception {
        new Random(14).nextBytes(BIG);
        KeyStore keys = selfSigned(dir.resolve("loopback.p12"));
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, PASSWORD);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(keys);
        SSLContext serverTls = SSLContext.getInstance("TLS");
        serverTls.init(kmf.getKeyManagers(), null, null);
        SSLContext clientTls = SSLContext.getInstance("TLS");
        clientTls.init(null, tmf.getTrustManagers(), null);

        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(serverTls));
        server.createContext("/small", exchange -> {
            try (InputStream in = exchange.getRequestBody(); OutputStream out = exchange.getResponseBody()) {
                byte[] body = in.readAllBytes();
                exchange.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
                out.write(body);
            }
        });
        server.createContext("/big", exchange -> {
            exchange.sendResponseHeaders(200, BIG.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(BIG);
            }
        });
        server.createContext("/silent", exchange -> {
            try {
                neverAnswer.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        serverThreads = Executors.newFixedThreadPool(4);
        server.setExecutor(serverThreads);
        server.start();

        io = ClientSupport.ioExecutor(2);
        HttpClient transport = HttpClient.newBuilder().sslContext(clientTls).connectTimeout(Duration.ofSeconds(10))
                .executor(ClientSupport.onSelectorThread()).build();
        http = new BlockingSendHttpClient(transport, io, new InFlight());
    }

    @AfterEach
    void stop() {
        neverAnswer.countDown();
        io.shutdownNow();
        server.stop(0);
        serverThreads.shutdownNow();
    }

    @Test
    void blockingSendsOverTlsCompleteOnTheCallersThread() throws Exception {
        for (int i = 0; i < 20; i++) {
            byte[] sent = ("{\"n\":" + i + "}").getBytes();
            HttpResponse<byte[]> response = http.send(post("/small", sent), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, response.statusCode());
            assertArrayEquals(sent, response.body());
        }
    }

    @Test
    void aLargeBodyOverTlsArrivesWhole() throws Exception {
        HttpResponse<byte[]> response = BlockingSendHttpClient.inline(() -> http.sendAsync(
                HttpRequest.newBuilder(uri("/big")).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofByteArray()).join());
        assertEquals(200, response.statusCode());
        assertArrayEquals(BIG, response.body());
    }

    @Test
    void manySendsAtOnceOverTlsAllComplete() throws Exception {
        List<CompletableFuture<HttpResponse<byte[]>>> calls = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            calls.add(http.sendAsync(post("/small", ("call " + i).getBytes()), HttpResponse.BodyHandlers.ofByteArray()));
        }
        for (int i = 0; i < calls.size(); i++) {
            assertEquals("call " + i, new String(calls.get(i).get(30, TimeUnit.SECONDS).body()));
        }
    }

    @Test
    void aRequestTimeoutOverTlsFires() {
        HttpRequest request = HttpRequest.newBuilder(uri("/silent")).timeout(Duration.ofMillis(300)).build();
        Exception e = assertThrows(Exception.class, () -> http.send(request, HttpResponse.BodyHandlers.ofByteArray()));
        assertTrue(e instanceof HttpTimeoutException, e.toString());
    }

    private HttpRequest post(String path, byte[] body) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    private URI uri(String path) {
        return URI.create("https://localhost:" + server.getAddress().getPort() + path);
    }

    /** A key pair and self-signed certificate for localhost, made with the JDK's keytool. */
    private static KeyStore selfSigned(Path file) throws Exception {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process p = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "loopback", "-keyalg", "EC",
                "-groupname", "secp256r1", "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
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
