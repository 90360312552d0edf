package io.kling4j.cli;

import io.kling4j.client.KlingClient;
import io.kling4j.generated.model.FileSource;
import io.kling4j.generated.model.FileSourceType;
import io.kling4j.generated.model.FileUploadRequest;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;

/**
 * Turns a command's media argument into a URL RunAPI can fetch: an {@code http(s)://} URL is used as given; anything
 * else is a local file, sent as base64 through RunAPI's files endpoint, whose one-hour URL is used instead.
 */
final class Uploads {
    private Uploads() {
    }

    static boolean isUrl(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        return v.startsWith("http://") || v.startsWith("https://");
    }

    /**
     * @param option the option name, for messages
     * @param value  a URL or a local path; null passes through
     * @return the URL to send
     */
    static String urlFor(KlingClient client, String option, String value, PrintStream err) {
        if (value == null || isUrl(value)) {
            return value;
        }
        Path file = Path.of(value);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(option + ": " + value
                    + " is neither an http(s) URL nor a readable file; give a public URL or a local file");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalArgumentException(option + ": cannot read " + file + " (" + e.getMessage() + ")");
        }
        String url = client.uploadFile(new FileUploadRequest().fileName(file.getFileName().toString())
                .source(new FileSource().type(FileSourceType.BASE64).data(Base64.getEncoder().encodeToString(bytes))))
                .getUrl();
        err.println("Uploaded " + file + " (" + bytes.length + " bytes) for " + option + ": " + url);
        return url;
    }
}
