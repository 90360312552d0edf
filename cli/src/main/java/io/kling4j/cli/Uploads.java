package io.kling4j.cli;

import io.kling4j.client.KlingClient;
import io.kling4j.client.RequestOptions;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a command's media arguments into URLs RunAPI can fetch: an {@code http(s)://} URL is used as given;
 * anything else is a local file, checked by content and size ({@link LocalMedia}) before anything is sent, then
 * streamed as base64 through RunAPI's files endpoint, whose one-hour URL is used instead. Before the upload, a
 * placeholder URL stands in for each local file, so that the whole request can be checked against the spec's
 * rules first.
 */
final class Uploads {
    /** The host of the placeholder URLs of local files; reserved (RFC 2606), never contacted. */
    static final String PLACEHOLDER = "https://local-file.invalid/";

    private final Map<String, String> urls = new LinkedHashMap<>();
    private boolean uploaded;

    static boolean isUrl(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        return v.startsWith("http://") || v.startsWith("https://");
    }

    /**
     * Checks a local file (URLs pass).
     *
     * @param option the option, for messages
     * @param value  a URL or a local path; null passes
     * @param kind   what the option takes
     */
    void check(String option, String value, LocalMedia.Kind kind) {
        if (value != null && !isUrl(value)) {
            LocalMedia.check(option, value, kind);
            urls.put(value, PLACEHOLDER + Path.of(value).getFileName());
        }
    }

    /**
     * @param value a URL or a checked local path; null passes through
     * @return the URL to send: the value, the placeholder before {@link #upload}, the uploaded URL after it
     */
    String url(String value) {
        return value == null || isUrl(value) ? value : urls.getOrDefault(value, PLACEHOLDER + value);
    }

    /** @return true when there are local files to upload */
    boolean any() {
        return !urls.isEmpty();
    }

    /** Uploads every checked local file once, streaming it. */
    void upload(KlingClient client, RequestOptions options, PrintStream err) {
        if (uploaded) {
            return;
        }
        for (Map.Entry<String, String> entry : urls.entrySet()) {
            Path file = Path.of(entry.getKey());
            err.println("Uploading " + file + " to " + client.baseUrl().getHost() + "...");
            String url = client.uploadFile(file, file.getFileName().toString(), options).url();
            entry.setValue(url);
            err.println("Uploaded " + file + " (" + size(file) + " bytes): " + url);
        }
        uploaded = true;
    }

    /** @return the uploaded URL of every local file, by the value given */
    Map<String, String> uploadedUrls() {
        return uploaded ? Map.copyOf(urls) : Map.of();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
