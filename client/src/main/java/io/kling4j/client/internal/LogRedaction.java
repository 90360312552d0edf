package io.kling4j.client.internal;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Renders request headers for logs without secrets: {@code Authorization}, {@code Proxy-Authorization},
 * {@code Cookie}, {@code Set-Cookie} and any header whose name contains "key", "token" or "secret" become
 * {@code <redacted>}; {@code Idempotency-Key} is shown as {@code #} plus the first 8 hex digits of its SHA-256,
 * enough to match the attempts of one submit.
 */
public final class LogRedaction {
    private static final Set<String> SECRET = Set.of("authorization", "proxy-authorization", "cookie", "set-cookie");

    private LogRedaction() {
    }

    /**
     * @param headers request headers
     * @return {@code {Name=value, ...}} with secrets redacted
     */
    public static String headers(HttpHeaders headers) {
        StringJoiner out = new StringJoiner(", ", "{", "}");
        headers.map().forEach((name, values) -> out.add(name + "=" + value(name, String.join(",", values))));
        return out.toString();
    }

    /**
     * @param name a header name
     * @param value its value
     * @return the value as it may appear in a log
     */
    public static String value(String name, String value) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("idempotency-key")) {
            return shortHash(value);
        }
        if (SECRET.contains(n) || n.contains("key") || n.contains("token") || n.contains("secret")) {
            return "<redacted>";
        }
        return value;
    }

    /**
     * @param value any text
     * @return {@code #} and the first 8 hex digits of its SHA-256
     */
    public static String shortHash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder("#");
            for (int i = 0; i < 4; i++) {
                hex.append(String.format("%02x", digest[i]));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            return "#?"; // every JDK has SHA-256
        }
    }
}
