package io.kling4j.client.internal;

import io.kling4j.client.ForwardingHttpClient;
import io.kling4j.client.errors.ErrorDetails;
import io.kling4j.client.errors.UnexpectedResponseException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Follows redirects itself, so the API key never leaves the origin it was meant for. The JDK's own redirect
 * following ({@code Redirect.NORMAL}) re-sends every header, {@code Authorization} included, to whatever host a
 * {@code Location} names; the transport under this layer is therefore required to use {@code Redirect.NEVER}.
 *
 * <p>Rules: 301/302/303 turn a non-GET into a body-less GET; 307/308 repeat the method and body; at most
 * {@value #MAX_HOPS} hops (the last 3xx is then returned as it is). A hop that changes scheme, host or port
 * ({@link ClientSupport#sameOrigin}) is, in {@link Mode#API}, refused with an {@link UnexpectedResponseException}
 * before anything is sent there; in {@link Mode#DOWNLOAD} followed with {@code Authorization} removed (and it
 * stays removed for every later hop, even one back to the first origin).
 */
public final class RedirectingHttpClient extends ForwardingHttpClient {
    /** Most redirects followed for one request (the JDK's own limit is 5 too). */
    public static final int MAX_HOPS = 5;
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    /** What to do about a redirect to another origin. */
    public enum Mode {
        /** API calls: refuse it with a typed error; nothing is sent to the other origin. */
        API,
        /** Video downloads: follow it without {@code Authorization}. */
        DOWNLOAD
    }

    private final Mode mode;

    /**
     * @param delegate the transport; must not follow redirects itself
     * @param mode how cross-origin redirects are handled
     * @throws IllegalArgumentException when the delegate follows redirects
     */
    public RedirectingHttpClient(HttpClient delegate, Mode mode) {
        super(delegate);
        if (delegate.followRedirects() != Redirect.NEVER) {
            throw new IllegalArgumentException("httpClient must be built with followRedirects(HttpClient.Redirect.NEVER)"
                    + " (was " + delegate.followRedirects() + "): kling4j follows redirects itself so that the API key"
                    + " is never sent to another host");
        }
        this.mode = mode;
    }

    @Override
    public Redirect followRedirects() {
        return Redirect.NEVER; // what the caller sees: no transport-level redirects
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        HttpRequest current = request;
        boolean credentialed = true;
        for (int hop = 0; ; hop++) {
            HttpResponse<T> response = delegate.send(current, skippingRedirects(handler, hop));
            HttpRequest next = next(request, current, response, hop, credentialed);
            if (next == null) {
                return response;
            }
            credentialed &= ClientSupport.sameOrigin(next.uri(), request.uri());
            current = next;
        }
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        return hopAsync(request, request, handler, 0, true);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
            HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
        return sendAsync(request, handler); // kling4j never uses server push
    }

    private <T> CompletableFuture<HttpResponse<T>> hopAsync(HttpRequest first, HttpRequest current,
            HttpResponse.BodyHandler<T> handler, int hop, boolean credentialed) {
        return delegate.sendAsync(current, skippingRedirects(handler, hop)).thenCompose(response -> {
            HttpRequest next = next(first, current, response, hop, credentialed);
            if (next == null) {
                return CompletableFuture.completedFuture(response);
            }
            return hopAsync(first, next, handler, hop + 1,
                    credentialed && ClientSupport.sameOrigin(next.uri(), first.uri()));
        });
    }

    /** A redirect's own body is discarded; the last allowed hop's answer reaches the caller's handler. */
    private static <T> HttpResponse.BodyHandler<T> skippingRedirects(HttpResponse.BodyHandler<T> handler, int hop) {
        return info -> hop < MAX_HOPS && isRedirect(info.statusCode(), !info.headers().allValues("Location").isEmpty())
                ? HttpResponse.BodySubscribers.replacing(null)
                : handler.apply(info);
    }

    private static boolean isRedirect(int status, boolean hasLocation) {
        return hasLocation && REDIRECTS.contains(status);
    }

    /** @return the request of the next hop, or null when the response is the answer */
    private HttpRequest next(HttpRequest first, HttpRequest current, HttpResponse<?> response, int hop,
            boolean credentialed) {
        List<String> locations = response.headers().allValues("Location"); // no stream: this runs on every call
        String location = locations.isEmpty() ? null : locations.get(0);
        if (hop >= MAX_HOPS || !isRedirect(response.statusCode(), location != null)) {
            return null;
        }
        URI target;
        try {
            target = current.uri().resolve(location.trim());
        } catch (IllegalArgumentException e) {
            throw refused(current, "an invalid Location", response.statusCode());
        }
        String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || target.getHost() == null) {
            throw refused(current, "a Location that is not an http(s) URL", response.statusCode());
        }
        boolean sameOrigin = ClientSupport.sameOrigin(target, first.uri());
        if (!sameOrigin && mode == Mode.API) {
            throw refused(current, "another origin (" + target.getScheme() + "://" + target.getAuthority()
                    + "); kling4j does not follow API redirects off the API's origin, so the key was not sent there",
                    response.statusCode());
        }
        boolean keepKey = credentialed && sameOrigin;
        HttpRequest.Builder builder = HttpRequest.newBuilder(current,
                (name, value) -> keepKey || !name.equalsIgnoreCase("Authorization")).uri(target);
        int status = response.statusCode();
        String method = current.method();
        if ((status == 303 && !method.equals("HEAD")) || ((status == 301 || status == 302) && method.equals("POST"))) {
            builder.method("GET", HttpRequest.BodyPublishers.noBody());
        }
        return builder.build();
    }

    private static UnexpectedResponseException refused(HttpRequest request, String where, int status) {
        return new UnexpectedResponseException(request.method() + " " + LoggingHttpClient.withoutQuery(request.uri())
                + " was redirected (HTTP " + status + ") to " + where, new ErrorDetails(status, null, null, null, 0),
                null);
    }
}
