package io.kling4j.cli;

import io.kling4j.client.KlingClient;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * How a command turns a media option (a URL or a local file) into the URL it sends. Commands build their request
 * twice when needed: first with {@link #placeholders()} (nothing is uploaded; used for the price quote and the
 * checks that run before anything is paid), then with {@link #uploading} for the real submit.
 */
@FunctionalInterface
interface Media {
    /** Host of the stand-in URL of a local file: never fetched, only priced and checked. */
    String PLACEHOLDER_BASE = "https://example.com/kling4j-local-file/";

    /**
     * @param option the option name, for messages
     * @param value  a URL or a local path; null passes through
     * @return the URL to send
     */
    String url(String option, String value);

    /** @return media that uploads local files through RunAPI's files endpoint (see {@link Uploads}) */
    static Media uploading(KlingClient client, PrintStream err) {
        return (option, value) -> Uploads.urlFor(client, option, value, err);
    }

    /** @return media that uploads nothing: a local file becomes a stand-in URL with the same file name */
    static Media placeholders() {
        return (option, value) -> value == null || Uploads.isUrl(value) ? value
                : PLACEHOLDER_BASE + Path.of(value).getFileName();
    }
}
