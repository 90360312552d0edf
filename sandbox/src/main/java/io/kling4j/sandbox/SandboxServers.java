package io.kling4j.sandbox;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The running part of a sandbox: the API and CDN servers on loopback, their thread pools, the video cache and
 * the spec validator (loaded in the background at the first start in a JVM, awaited by the first API request).
 */
final class SandboxServers implements AutoCloseable {
    private static final int API_THREADS = 8;
    private static final int CDN_THREADS = 4;
    private static final int RENDER_THREADS = 2;

    static {
        // The JDK server writes headers and body separately; without TCP_NODELAY, Nagle's algorithm and the
        // client's delayed ACK add ~40 ms to many responses. Read once, when the JVM's first HttpServer starts.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private HttpServer apiServer;
    private HttpServer cdnServer;
    private ExecutorService apiPool;
    private ExecutorService cdnPool;
    private VideoCache videoCache;
    private CdnHandler cdnHandler;
    private URI baseUri;
    private URI cdnUri;
    private WebhookSender webhooks;

    private SandboxServers() {
    }

    /**
     * Binds and starts both servers; on failure, releases whatever was already bound.
     *
     * @param port            the API port (0 for an ephemeral one); the CDN port is always ephemeral
     * @param apiKey          the accepted bearer key
     * @param state           what the sandbox remembers
     * @param completedVideos the video of a task id, present only when that task is completed
     * @param blobs           the size of a published synthetic blob, by name
     */
    static SandboxServers start(int port, String apiKey, SandboxState state,
                                Function<String, Optional<VideoSpec>> completedVideos,
                                Function<String, OptionalLong> blobs) throws IOException {
        SandboxServers servers = new SandboxServers();
        try {
            servers.bindAll(port, apiKey, state, completedVideos, blobs);
            return servers;
        } catch (IOException | RuntimeException e) {
            servers.close();
            throw e;
        }
    }

    private void bindAll(int port, String apiKey, SandboxState state,
                         Function<String, Optional<VideoSpec>> completedVideos,
                         Function<String, OptionalLong> blobs) throws IOException {
        CompletableFuture<SpecValidator> validator = SpecValidator.shared();
        videoCache = new VideoCache(Files.createTempDirectory("kling-sandbox-"), new VideoRenderer(),
                SandboxThreads.fixedPool("render", RENDER_THREADS));
        cdnHandler = new CdnHandler(completedVideos, videoCache, state.files()::servable, blobs);
        cdnPool = SandboxThreads.fixedPool("cdn", CDN_THREADS);
        cdnServer = bind(0);
        cdnServer.createContext("/", cdnHandler);
        cdnServer.setExecutor(cdnPool);
        cdnServer.start();
        cdnUri = uriOf(cdnServer);

        apiPool = SandboxThreads.fixedPool("api", API_THREADS);
        apiServer = bind(port);
        TaskApi tasks = new TaskApi(state, cdnUri);
        apiServer.createContext("/", new FaultingHandler(state.faults(), new ApiHandler(apiKey, validator::join,
                tasks, new FileOperations(state.files(), cdnUri),
                new AccountOperations(state.tasks(), state.lifecycle(), state.ledger()),
                new PricingOperations(state.tasks(), (endpoint, body) -> validator.join().validate("POST",
                        endpoint.path(), Map.of("Content-Type", List.of(Exchanges.JSON)), body)))));
        apiServer.createContext(AdminHandler.PREFIX, new AdminHandler(state.faults()));
        webhooks = state.webhooks();
        webhooks.start(tasks::view, state.lifecycle()::statusOf);
        apiServer.setExecutor(apiPool);
        apiServer.start();
        baseUri = uriOf(apiServer);
    }

    /** @return the API origin */
    URI baseUri() {
        return baseUri;
    }

    /** @return the CDN origin */
    URI cdnUri() {
        return cdnUri;
    }

    /** @return the headers the CDN received, see {@link CdnHandler#receivedHeaders()} */
    List<Map<String, String>> cdnRequestHeaders() {
        return cdnHandler.receivedHeaders();
    }

    /** @return how many videos were rendered */
    int renderCount() {
        return videoCache.renderCount();
    }

    /** Stops both servers, their pools and the renderer, and deletes the videos. */
    @Override
    public void close() {
        if (apiServer != null) {
            apiServer.stop(0);
        }
        if (cdnServer != null) {
            cdnServer.stop(0);
        }
        if (webhooks != null) {
            webhooks.close();
        }
        if (videoCache != null) {
            videoCache.close();
        }
        terminate(apiPool);
        terminate(cdnPool);
    }

    private static void terminate(ExecutorService pool) {
        if (pool == null) {
            return;
        }
        pool.shutdownNow();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static HttpServer bind(int port) throws IOException {
        return HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    }

    private static URI uriOf(HttpServer server) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }
}
