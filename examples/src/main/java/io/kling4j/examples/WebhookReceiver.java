package io.kling4j.examples;

import com.sun.net.httpserver.HttpServer;
import io.kling4j.client.Endpoint;
import io.kling4j.client.KlingClient;
import io.kling4j.client.KlingTask;
import io.kling4j.client.WaitOptions;
import io.kling4j.client.errors.KlingException;
import io.kling4j.client.TextToVideoParams;
import io.kling4j.client.webhooks.WebhookVerificationException;
import io.kling4j.client.webhooks.Webhooks;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

/**
 * Receive RunAPI's {@code callback_url} webhook with the JDK's HttpServer and hand it, with its headers, to
 * {@link KlingClient#webhooks()}. With a webhook secret on the client ({@code KlingClientBuilder.webhookSecret}) a
 * delivery signed by the Standard Webhooks scheme ends the matching {@code waitForAsync} at once and a badly signed
 * one is answered 401; without a secret a delivery makes the wait poll RunAPI now, and RunAPI's answer ends it.
 * RunAPI must be able to reach the URL: against RunAPI itself, put a tunnel or public host in front of the port.
 * {@code java -cp ... io.kling4j.examples.WebhookReceiver}.
 */
public final class WebhookReceiver implements AutoCloseable {
    /** Path the receiver listens on. */
    public static final String PATH = "/kling/webhook";

    private final HttpServer server;
    private final CompletableFuture<KlingTask> firstDelivery = new CompletableFuture<>();

    /**
     * Starts listening on 127.0.0.1.
     *
     * @param port the port; 0 for a free one
     * @param webhooks where deliveries go ({@code kling.webhooks()})
     */
    public WebhookReceiver(int port, Webhooks webhooks) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext(PATH, exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                int status;
                try {
                    // verified (client has a webhook secret): ends the wait at once; else: the wait polls now
                    webhooks.deliver(body, exchange.getRequestHeaders());
                    firstDelivery.complete(Webhooks.parse(Endpoint.of("text_to_video"), body));
                    status = 204;
                } catch (WebhookVerificationException e) {
                    status = 401; // not signed with our secret: ignore the body
                } catch (KlingException e) {
                    status = 400; // not a task: tell the sender, keep running
                }
                exchange.sendResponseHeaders(status, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    /** @return the URL to pass as {@code callback_url} */
    public URI callbackUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PATH);
    }

    /** @return completes with the first task delivered to this receiver */
    public CompletableFuture<KlingTask> firstDelivery() {
        return firstDelivery;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** @param args none */
    public static void main(String[] args) throws IOException {
        try (ExampleBackend backend = ExampleBackend.open();
             WebhookReceiver receiver = new WebhookReceiver(0, backend.client().webhooks())) {
            KlingClient kling = backend.client();
            KlingTask submitted = kling.textToVideo().create(TextToVideoParams.builder().model("kling-3.0").prompt("A lighthouse at night")
                    .durationSeconds(5).callbackUrl(receiver.callbackUrl().toString()).build());
            System.out.println("Submitted " + submitted.id() + "; webhook at " + receiver.callbackUrl());
            // The wait ends on the webhook if it comes first, else on a poll.
            KlingTask done = kling.textToVideo().waitForAsync(submitted.id(), WaitOptions.defaults()).join();
            System.out.println("Finished " + done.id() + " " + done.status() + "; webhook received: "
                    + receiver.firstDelivery().isDone());
        }
    }
}
