package io.kling4j.client.internal;

import io.kling4j.client.ForwardingHttpClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Wraps the JDK {@link HttpClient} so every request kling4j sends (API calls and downloads) is logged once, at
 * {@code DEBUG}, when it ends: method, URL without its query, status (or the failure's type), duration, retry
 * count and the request headers, redacted by {@link LogRedaction}. Bodies are never logged.
 */
public final class LoggingHttpClient extends ForwardingHttpClient {
    private final System.Logger logger;
    private final String retryHeader;

    /**
     * @param delegate the client that does the work
     * @param logger where the lines go
     * @param retryHeader the name of the header carrying the retry count
     */
    public LoggingHttpClient(HttpClient delegate, System.Logger logger, String retryHeader) {
        super(delegate);
        this.logger = logger;
        this.retryHeader = retryHeader;
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        try {
            HttpResponse<T> response = delegate.send(request, handler);
            log(request, response.statusCode(), null, start);
            return response;
        } catch (IOException | InterruptedException | RuntimeException e) {
            log(request, 0, e, start);
            throw e;
        }
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        long start = System.nanoTime();
        return delegate.sendAsync(request, handler).whenComplete((r, e) -> log(request, r == null ? 0 : r.statusCode(),
                e, start));
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
            HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
        long start = System.nanoTime();
        return delegate.sendAsync(request, handler, pushPromiseHandler)
                .whenComplete((r, e) -> log(request, r == null ? 0 : r.statusCode(), e, start));
    }

    private void log(HttpRequest request, int status, Throwable failure, long startNanos) {
        if (!logger.isLoggable(System.Logger.Level.DEBUG)) {
            return;
        }
        long millis = Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
        Throwable cause = failure;
        while (cause != null && cause.getCause() != null && cause.getClass().getName().startsWith("java.util.concurrent")) {
            cause = cause.getCause();
        }
        StringBuilder line = new StringBuilder("kling4j ").append(request.method()).append(' ')
                .append(withoutQuery(request.uri())).append(" -> ")
                .append(cause == null ? String.valueOf(status) : "failed (" + cause.getClass().getSimpleName() + ")")
                .append(" in ").append(millis).append(" ms, retry ")
                .append(request.headers().firstValue(retryHeader).orElse("-"));
        line.append(", headers ").append(LogRedaction.headers(request.headers()));
        logger.log(System.Logger.Level.DEBUG, line.toString());
    }

    /**
     * @param uri a URL
     * @return the URL without its query and fragment (signed URLs carry credentials there)
     */
    static String withoutQuery(URI uri) {
        String s = uri.toString();
        int cut = s.length();
        int q = s.indexOf('?');
        int f = s.indexOf('#');
        if (q >= 0) {
            cut = q;
        }
        if (f >= 0 && f < cut) {
            cut = f;
        }
        return s.substring(0, cut);
    }
}
