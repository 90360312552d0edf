package io.kling4j.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import io.kling4j.generated.api.TextToVideoApi;
import io.kling4j.generated.model.TaskResponse;
import io.kling4j.generated.model.TextToVideoRequest;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Covers the api.mustache override: every generated call sends {@code User-Agent: kling4j/<version>}. */
class UserAgentTemplateTest {
    private HttpServer server;
    private final List<String> userAgents = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            userAgents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
            byte[] body = ("POST".equals(exchange.getRequestMethod())
                    ? "{\"id\":\"t1\",\"status\":\"pending\"}"
                    : "{\"id\":\"t1\",\"status\":\"processing\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void everyCallNamesTheSdkAndItsVersion() throws Exception {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        TextToVideoApi api = new TextToVideoApi(
                new ApiClient(HttpClient.newBuilder(), ApiClient.createDefaultObjectMapper(), base));
        api.createTextToVideo(new TextToVideoRequest().model("kling-3.0").prompt("p"), null, null).get();
        TaskResponse task = api.getTextToVideo("t1").get();
        assertEquals("t1", task.getId());
        String expected = "kling4j/" + System.getProperty("kling4j.version");
        assertEquals(List.of(expected, expected), userAgents);
        assertEquals(expected, "kling4j/" + Configuration.VERSION);
    }
}
