package io.kling4j.cli;

import io.kling4j.client.KlingClient;
import io.kling4j.sandbox.KlingSandbox;
import java.io.PrintStream;
import java.util.Map;

/**
 * Where the CLI sends its requests: RunAPI when {@code RUNAPI_API_KEY} is set (or {@code RUNAPI_BASE_URL} names
 * another RunAPI-compatible server), otherwise an embedded sandbox on loopback, announced in one line.
 */
final class Backend implements AutoCloseable {
    private final KlingClient client;
    private final KlingSandbox sandbox;

    private Backend(KlingClient client, KlingSandbox sandbox) {
        this.client = client;
        this.sandbox = sandbox;
    }

    static Backend open(Map<String, String> env, PrintStream err) {
        String key = env.get("RUNAPI_API_KEY");
        if (key != null && !key.isBlank()) {
            return new Backend(KlingClient.builder().fromEnv(env).build(), null);
        }
        KlingSandbox sandbox = KlingSandbox.builder().build().start();
        err.println("No RUNAPI_API_KEY set: using the embedded kling4j sandbox at " + sandbox.baseUri()
                + " (synthetic videos, no credits used).");
        KlingClient client = KlingClient.builder().apiKey(sandbox.apiKey()).baseUrl(sandbox.baseUri()).build();
        return new Backend(client, sandbox);
    }

    KlingClient client() {
        return client;
    }

    /** @return true when the requests go to an embedded sandbox that lives and dies with this process */
    boolean isEmbeddedSandbox() {
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
