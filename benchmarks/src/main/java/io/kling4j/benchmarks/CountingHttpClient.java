package io.kling4j.benchmarks;

import io.kling4j.client.ForwardingHttpClient;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.LongAdder;

/** A JDK {@link HttpClient} that counts the GET requests it sends and otherwise delegates. */
public final class CountingHttpClient extends ForwardingHttpClient {
    private final LongAdder gets = new LongAdder();

    /** @param delegate the client that does the work */
    public CountingHttpClient(HttpClient delegate) {
        super(delegate);
    }

    /** @return GET requests sent so far */
    public long gets() {
        return gets.sum();
    }

    private void count(HttpRequest request) {
        if ("GET".equals(request.method())) {
            gets.increment();
        }
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        count(request);
        return delegate.send(request, handler);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        count(request);
        return delegate.sendAsync(request, handler);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
            HttpResponse.PushPromiseHandler<T> push) {
        count(request);
        return delegate.sendAsync(request, handler, push);
    }
}
