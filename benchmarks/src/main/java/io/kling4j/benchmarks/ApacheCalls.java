package io.kling4j.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;

/**
 * The two calls the way RunAPI's Java SDK makes them: Apache HttpClient 5 classic (blocking) API over a pooling
 * connection manager, one timeout for connect, lease and response, Jackson for the bodies. The pool allows
 * {@code maxConnections} connections to the one route (the SDK's own default is HttpClient's 5 per route).
 */
public final class ApacheCalls implements CallVariant {
    private final CloseableHttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final URI createUri;
    private final String base;
    private final String auth;

    /** @param baseUri the server @param key its bearer key @param maxConnections pool size for the route */
    public ApacheCalls(URI baseUri, String key, int maxConnections) {
        Timeout timeout = Timeout.of(60, TimeUnit.SECONDS);
        PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(maxConnections).setMaxConnPerRoute(maxConnections)
                .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(timeout).build()).build();
        this.http = HttpClients.custom().setConnectionManager(pool)
                .setDefaultRequestConfig(RequestConfig.custom().setConnectionRequestTimeout(timeout)
                        .setResponseTimeout(timeout).build()).build();
        this.createUri = URI.create(baseUri + PATH);
        this.base = baseUri + PATH + "/";
        this.auth = "Bearer " + key;
    }

    @Override
    public String submit() throws IOException {
        HttpPost post = new HttpPost(createUri);
        post.setHeader("Idempotency-Key", UUID.randomUUID().toString());
        byte[] body = json.writeValueAsBytes(new TextToVideoBody());
        post.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
        return execute(post).id;
    }

    @Override
    public String get(String id) throws IOException {
        return task(id).status;
    }

    /** @return a poll of the task, for the wait harness */
    TaskJson task(String id) throws IOException {
        return execute(new HttpGet(base + id));
    }

    private TaskJson execute(ClassicHttpRequest request) throws IOException {
        request.setHeader("Authorization", auth);
        request.setHeader("Accept", "application/json");
        byte[] body = http.execute(request, response -> {
            byte[] bytes = EntityUtils.toByteArray(response.getEntity());
            if (response.getCode() / 100 != 2) {
                throw new IOException("HTTP " + response.getCode());
            }
            return bytes;
        });
        return json.readValue(body, TaskJson.class);
    }

    @Override
    public void close() throws IOException {
        http.close();
    }
}
