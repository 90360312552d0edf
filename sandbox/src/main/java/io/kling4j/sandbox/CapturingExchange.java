package io.kling4j.sandbox;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;

/**
 * An exchange that reads the real request but keeps the response (status and body) in memory instead of sending
 * it, so a fault can then send it broken, or not at all. Response headers go straight to the real exchange.
 */
final class CapturingExchange extends HttpExchange {
    private final HttpExchange real;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private int status = -1;

    CapturingExchange(HttpExchange real) {
        this.real = real;
    }

    /** @return the status the handler sent, or -1 when it sent none */
    int status() {
        return status;
    }

    /** @return the body the handler wrote */
    byte[] body() {
        return body.toByteArray();
    }

    @Override
    public Headers getRequestHeaders() {
        return real.getRequestHeaders();
    }

    @Override
    public Headers getResponseHeaders() {
        return real.getResponseHeaders();
    }

    @Override
    public URI getRequestURI() {
        return real.getRequestURI();
    }

    @Override
    public String getRequestMethod() {
        return real.getRequestMethod();
    }

    @Override
    public HttpContext getHttpContext() {
        return real.getHttpContext();
    }

    @Override
    public void close() {
        // the fault decides what happens to the real exchange
    }

    @Override
    public InputStream getRequestBody() {
        return real.getRequestBody();
    }

    @Override
    public OutputStream getResponseBody() {
        return body;
    }

    @Override
    public void sendResponseHeaders(int code, long length) {
        this.status = code;
    }

    @Override
    public InetSocketAddress getRemoteAddress() {
        return real.getRemoteAddress();
    }

    @Override
    public int getResponseCode() {
        return status;
    }

    @Override
    public InetSocketAddress getLocalAddress() {
        return real.getLocalAddress();
    }

    @Override
    public String getProtocol() {
        return real.getProtocol();
    }

    @Override
    public Object getAttribute(String name) {
        return real.getAttribute(name);
    }

    @Override
    public void setAttribute(String name, Object value) {
        real.setAttribute(name, value);
    }

    @Override
    public void setStreams(InputStream in, OutputStream out) {
        throw new UnsupportedOperationException("not used by the sandbox");
    }

    @Override
    public HttpPrincipal getPrincipal() {
        return real.getPrincipal();
    }
}
