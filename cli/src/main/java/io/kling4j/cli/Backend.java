package io.kling4j.cli;

import io.kling4j.client.KlingClient;
import io.kling4j.client.KlingClientBuilder;
import io.kling4j.client.RetryListener;
import io.kling4j.sandbox.KlingSandbox;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * Where the CLI sends its requests: RunAPI when {@code RUNAPI_API_KEY} is set (at {@code RUNAPI_BASE_URL} when that
 * names another RunAPI-compatible server), otherwise an embedded sandbox on loopback, announced in one line.
 * {@code RUNAPI_BASE_URL} without a key is an error: the user meant a server, not the sandbox. Every retry is
 * told on stderr in one line.
 */
final class Backend implements AutoCloseable {
    /** Request timeout of a create when {@code --request-timeout} is not given (a status poll gets 15 s). */
    static final Duration CREATE_TIMEOUT = Duration.ofSeconds(30);
    /** Request timeout of a file upload when {@code --request-timeout} is not given. */
    static final Duration UPLOAD_TIMEOUT = Duration.ofSeconds(120);

    private final KlingClient client;
    private final KlingSandbox sandbox;

    private Backend(KlingClient client, KlingSandbox sandbox) {
        this.client = client;
        this.sandbox = sandbox;
    }

    static Backend open(Map<String, String> env, PrintStream err) {
        return open(env, err, null, CliTuning.DEFAULT);
    }

    static Backend open(KlingCli root) {
        return open(root.env, root.err, root.requestTimeout, root.tuning);
    }

    private static Backend open(Map<String, String> env, PrintStream err, Integer requestTimeout, CliTuning tuning) {
        String key = env.get("RUNAPI_API_KEY");
        String base = env.get("RUNAPI_BASE_URL");
        java.util.concurrent.atomic.AtomicReference<String> target = new java.util.concurrent.atomic.AtomicReference<>();
        KlingClientBuilder builder = KlingClient.builder().retryListener(retryLines(err, target::get))
                .requestTimeout(requestTimeout == null ? CREATE_TIMEOUT : Duration.ofSeconds(requestTimeout));
        if (requestTimeout != null) {
            builder.statusTimeout(Duration.ofSeconds(requestTimeout));
        }
        if (tuning.retry() != null) {
            builder.retryPolicy(tuning.retry());
        }
        if (tuning.clock() != null) {
            builder.clock(tuning.clock());
        }
        if (key != null && !key.isBlank()) {
            KlingClient client = builder.fromEnv(env).build();
            target.set(client.baseUrl().getAuthority());
            return new Backend(client, null);
        }
        if (base != null && !base.isBlank()) {
            throw new CliException(ExitCodes.AUTH, "RUNAPI_BASE_URL is set (" + Errors.clip(base.trim())
                    + ") but RUNAPI_API_KEY is not: set the key of that server, or unset RUNAPI_BASE_URL to use the"
                    + " embedded sandbox", null, null);
        }
        KlingSandbox sandbox = KlingSandbox.builder().build().start();
        err.println("No RUNAPI_API_KEY set: using the embedded kling4j sandbox at " + sandbox.baseUri()
                + " (synthetic videos, no credits used; its tasks end with this command).");
        target.set(sandbox.baseUri().getAuthority());
        return new Backend(builder.apiKey(sandbox.apiKey()).baseUrl(sandbox.baseUri()).build(), sandbox);
    }

    /** One stderr line per retry: what failed (host and cause in words) and when the next attempt goes. */
    static RetryListener retryLines(PrintStream err, java.util.function.Supplier<String> target) {
        return (operation, error, retry, maxRetries, delay) -> {
            Progress.breakAnyLine();
            err.println(Errors.clip(Errors.humane(String.valueOf(error.getMessage())), 200)
                    + (error.status() > 0 ? " from " + target.get() : "") + ", retry " + retry + " of " + maxRetries
                    + " in " + String.format(Locale.ROOT, "%.1f s", delay.toMillis() / 1000.0));
        };
    }

    /**
     * @param requestTimeout {@code --request-timeout}, or null
     * @return the request timeout of an upload
     */
    static Duration uploadTimeout(Integer requestTimeout) {
        return requestTimeout == null ? UPLOAD_TIMEOUT : Duration.ofSeconds(requestTimeout);
    }

    KlingClient client() {
        return client;
    }

    /** @return true when the requests go to the embedded sandbox, whose tasks end with this process */
    boolean embedded() {
        return sandbox != null;
    }

    @Override
    public void close() {
        client.close();
        if (sandbox != null) {
            sandbox.close();
        }
    }
}
