package io.kling4j.client.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLSession;
import org.junit.jupiter.api.Test;

/** Every API body (task, account, pricing) decodes by the declared charset, UTF-8 when none or unknown. */
class BodyCharsetTest {
    private static HttpResponse<Void> withContentType(String contentType) {
        HttpHeaders headers = HttpHeaders.of(contentType == null ? Map.of() : Map.of("Content-Type", List.of(contentType)),
                (a, b) -> true);
        return new HttpResponse<>() {
            public int statusCode() { return 200; }
            public HttpRequest request() { return null; }
            public Optional<HttpResponse<Void>> previousResponse() { return Optional.empty(); }
            public HttpHeaders headers() { return headers; }
            public Void body() { return null; }
            public Optional<SSLSession> sslSession() { return Optional.empty(); }
            public URI uri() { return URI.create("http://127.0.0.1/"); }
            public HttpClient.Version version() { return HttpClient.Version.HTTP_1_1; }
        };
    }

    @Test
    void declaredCharsetWinsAndUtf8IsTheDefault() {
        String text = "résolution ü";
        assertEquals(text, ApiCalls.bodyText(withContentType(null), text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(text, ApiCalls.bodyText(withContentType("application/json"),
                text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(text, ApiCalls.bodyText(withContentType("application/json; Charset=\"ISO-8859-1\""),
                text.getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(text, ApiCalls.bodyText(withContentType("application/json; charset=no-such-charset"),
                text.getBytes(StandardCharsets.UTF_8)));
    }
}
