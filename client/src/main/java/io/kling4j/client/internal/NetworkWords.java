package io.kling4j.client.internal;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;

/**
 * Says in words what a failure without an HTTP response was, naming the {@code host:port}: refused, timed out,
 * reset, closed, or a DNS lookup that found nothing. No Java class names: the cause stays on the exception.
 */
final class NetworkWords {
    private NetworkWords() {
    }

    static String timeout(Throwable t, String target, Duration timeout) {
        String where = target == null ? "the server" : target;
        String after = timeout == null ? "" : " after " + seconds(timeout);
        if (t instanceof HttpConnectTimeoutException) {
            return "could not connect to " + where + after + " (connect timed out)";
        }
        return "no answer from " + where + after + " (request timed out)";
    }

    static String failure(Throwable t, String target) {
        String where = target == null ? "the server" : target;
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof UnknownHostException || c instanceof UnresolvedAddressException) {
                return "host " + host(where) + " not found (DNS lookup failed)";
            }
        }
        String text = messages(t).toLowerCase(Locale.ROOT);
        if (t instanceof NoRouteToHostException || text.contains("no route")) {
            return "no route to " + where + " (network unreachable)";
        }
        if (t instanceof ConnectException || text.contains("refused")) {
            return "connection to " + where + " refused (nothing listens there)";
        }
        if (text.contains("reset")) {
            return "connection to " + where + " reset by the peer";
        }
        if (text.contains("closed") || text.contains("eof") || text.contains("no bytes")) {
            return "connection to " + where + " closed before the answer";
        }
        String detail = t.getMessage() == null ? "" : ": " + t.getMessage();
        return "network error talking to " + where + detail;
    }

    static String seconds(Duration d) {
        long millis = d.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    private static String host(String target) {
        int colon = target.lastIndexOf(':');
        return colon > 0 ? target.substring(0, colon) : target;
    }

    private static String messages(Throwable t) {
        StringBuilder all = new StringBuilder();
        for (Throwable c = t; c != null && all.length() < 2000; c = c.getCause()) {
            all.append(c.getMessage()).append(' ');
        }
        return all.toString();
    }
}
