package io.kling4j.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every stage of a kling4j call runs on the client's own threads or the caller's, never on a JDK pool: on a JVM
 * that sees 2 CPUs or fewer the JDK's default async executor starts a thread per stage, elsewhere it is the common
 * pool. Blocking calls send on the calling thread.
 */
class OwnThreadsTest {
    private static final String TASK = "{\"id\":\"task_1\",\"status\":\"processing\"}";
    private final ScriptedServer server = new ScriptedServer();
    private final List<String> sendThreads = new CopyOnWriteArrayList<>();
    private final KlingClient client;

    OwnThreadsTest() throws IOException {
        for (int i = 0; i < 60; i++) {
            server.then(ScriptedServer.Reply.json(200, TASK));
        }
        HttpClient recording = new ForwardingHttpClient(HttpClient.newBuilder().build()) {
            @Override
            public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
                    throws IOException, InterruptedException {
                sendThreads.add(Thread.currentThread().getName());
                return delegate.send(request, handler);
            }

            @Override
            public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request,
                    HttpResponse.BodyHandler<T> handler) {
                throw new AssertionError("kling4j must not call sendAsync");
            }

            @Override
            public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request,
                    HttpResponse.BodyHandler<T> handler, HttpResponse.PushPromiseHandler<T> push) {
                throw new AssertionError("kling4j must not call sendAsync");
            }
        };
        client = KlingClient.builder().apiKey("sk-threads").baseUrl(server.baseUrl()).httpClient(recording).build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void asyncCallsCompleteOnTheClientsOwnThreads() throws Exception {
        Set<String> stages = ConcurrentHashMap.newKeySet();
        for (int i = 0; i < 50; i++) {
            CompletableFuture<String> stage = client.getAsync(Endpoint.of("text_to_video"), "task_1", RequestOptions.none())
                    .thenApply(task -> Thread.currentThread().getName());
            stages.add(stage.get(10, TimeUnit.SECONDS).replaceAll("[0-9]+", "#"));
        }
        assertEquals(Set.of("kling#j-io-#"), stages, "threads that completed the calls");
        assertTrue(sendThreads.stream().allMatch(n -> n.startsWith("kling4j-io-")), sendThreads.toString());
    }

    @Test
    void theClientsOwnJdkClientAddsNoPoolThread() throws Exception {
        Set<Long> before = liveThreadIds();
        try (KlingClient own = KlingClient.builder().apiKey("sk-threads").baseUrl(server.baseUrl()).build()) {
            own.get(Endpoint.of("text_to_video"), "task_1");
            for (int i = 0; i < 20; i++) {
                own.getAsync(Endpoint.of("text_to_video"), "task_1", RequestOptions.none()).get(10, TimeUnit.SECONDS);
            }
            Set<String> added = ConcurrentHashMap.newKeySet();
            Thread.getAllStackTraces().keySet().stream().filter(t -> !before.contains(t.getId()))
                    .forEach(t -> added.add(t.getName().replaceAll("[0-9]+", "#")));
            // the JDK client's own steps run on its selector thread: no worker pool, no common pool
            assertTrue(Set.of("HttpClient-#-SelectorManager", "kling#j-io-#", "kling#j-scheduler").containsAll(added),
                    added.toString());
        }
    }

    private static Set<Long> liveThreadIds() {
        Set<Long> ids = ConcurrentHashMap.newKeySet();
        Thread.getAllStackTraces().keySet().forEach(t -> ids.add(t.getId()));
        return ids;
    }

    @Test
    void aBlockingCallSendsOnTheCallersThread() {
        client.get(Endpoint.of("text_to_video"), "task_1");
        assertEquals(List.of(Thread.currentThread().getName()), sendThreads);
    }
}
