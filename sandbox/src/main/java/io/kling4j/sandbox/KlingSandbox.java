package io.kling4j.sandbox;

import io.kling4j.generated.model.TaskStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An embedded, RunAPI-compatible Kling server on {@code 127.0.0.1}: the backend of the {@code kling} CLI when no
 * API key is set, the provider of the contract tests, and a place to try the SDK without spending credits.
 *
 * <pre>{@code
 * try (KlingSandbox sandbox = KlingSandbox.builder().build().start()) {
 *     URI api = sandbox.baseUri();   // POST {api}/api/v1/kling/<segment>
 *                                    // with "Authorization: Bearer sk-sandbox-demo"
 * }
 * }</pre>
 *
 * <p>Behaviour (the full table is in the module's README):
 * <ul>
 *   <li>{@code POST /api/v1/kling/{endpoint}} for the six task endpoints validates the whole request against the
 *       project's OpenAPI spec and its per-model rules (400 {@code invalid_request} naming the field) and answers
 *       {@code {"id":"task_...","status":"pending"}}. {@code Idempotency-Key} replays the task
 *       ({@code "task_replayed": true}) for the same endpoint and body, and answers 409 otherwise. Edits and
 *       extensions check their source task (400 unknown, 409 not ready, 422 failed).</li>
 *   <li>{@code GET /api/v1/kling/{endpoint}/{id}}: a task is {@code pending} for {@code pendingFor} (default
 *       1 s), then {@code processing} for {@code processingFor} (default 3 s), then {@code completed} with
 *       {@code videos[0].url} and {@code usage.cost} ({@link PriceTable}), or {@code failed} with an
 *       {@code error} and no usage when the prompt contains {@code [fail]}. Time comes from the injected
 *       {@link Clock}, sped up by {@link Builder#timeScale(double)}.</li>
 *   <li>A task with a {@code callback_url} on a loopback host is POSTed (the JSON of its status GET) to that URL
 *       once when it finishes, with bounded retries ({@link #webhookDeliveries()}); other hosts are never
 *       called.</li>
 *   <li>{@code POST /api/v1/files}, {@code GET /api/v1/me} and {@code GET /api/v1/me/balance} (10000 cents, less
 *       each completed task's cost, rounded up to cents, once).</li>
 *   <li>{@code GET /api/v1/price_schedules} and {@code POST /api/v1/price_quotes} from {@link PriceTable}: a quote
 *       is the cost the same create body is charged once completed ({@link PricingOperations}).</li>
 *   <li>Every {@code /api/} request needs {@code Authorization: Bearer <apiKey>} (default {@value #DEMO_KEY}),
 *       otherwise 401; the pricing paths also answer without one. Every response carries a fresh {@code x-request-id}; {@code X-Client-Request-Id} is
 *       echoed. The key is never logged or echoed.</li>
 *   <li>Faults on demand through {@link #faults()} or the admin API {@code /__sandbox/faults}.</li>
 *   <li>A second loopback origin ({@link #cdnUri()}) serves, without authentication, real H.264 MP4s showing
 *       the prompt, uploads, and synthetic blobs ({@link #publishBlob(String, long)}), with Range support.</li>
 * </ul>
 */
public final class KlingSandbox implements AutoCloseable {
    /** The API key a sandbox accepts unless told otherwise. */
    public static final String DEMO_KEY = "sk-sandbox-demo";

    private static final Pattern TASK_ID = Pattern.compile("[A-Za-z0-9_.:-]{1,256}");

    private final int port;
    private final String apiKey;
    private final TaskLifecycle lifecycle;
    private final TaskStore store = new TaskStore();
    private final SandboxState state;
    private final Object lock = new Object();
    private final SandboxFaults faults = new SandboxFaults();
    private final WebhookSender webhooks;
    private final BlobStore blobs = new BlobStore();

    private volatile SandboxServers servers;
    private boolean closed;

    private KlingSandbox(Builder builder) {
        this.port = builder.port;
        this.apiKey = builder.apiKey;
        Clock clock = builder.timeScale == 1.0 ? builder.clock : new ScaledClock(builder.clock, builder.timeScale);
        this.webhooks = new WebhookSender(builder.webhookSecret, builder.clock);
        AccountLedger ledger = new AccountLedger(clock);
        this.lifecycle = new TaskLifecycle(clock, builder.pendingFor, builder.processingFor, ledger::settle,
                webhooks::finished);
        this.state = new SandboxState(store, new IdempotencyRegistry(), lifecycle, ledger, new FileStore(clock),
                faults, webhooks, new AcceptedCreates());
    }

    /** @return a builder with the defaults: ephemeral port, {@value #DEMO_KEY}, 1 s pending, 3 s processing */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Binds the API server and the CDN server on 127.0.0.1. The spec validator is loaded in the background, once
     * per JVM (about half a second on a cold JVM); the first API request waits for it if it is not ready yet.
     *
     * @return this sandbox
     * @throws UncheckedIOException  when a port cannot be bound
     * @throws IllegalStateException when already started or closed
     */
    public KlingSandbox start() {
        synchronized (lock) {
            if (servers != null || closed) {
                throw new IllegalStateException(closed ? "sandbox is closed" : "sandbox already started");
            }
            try {
                servers = SandboxServers.start(port, apiKey, state, this::completedVideo, blobs::size);
                return this;
            } catch (IOException e) {
                closed = true;
                throw new UncheckedIOException("cannot start the Kling sandbox", e);
            }
        }
    }

    /** @return the API origin, e.g. {@code http://127.0.0.1:41234} (no trailing slash) */
    public URI baseUri() {
        return started().baseUri();
    }

    /** @return the CDN origin serving {@code /videos/<id>.mp4} and {@code /files/<id>/<name>} (no trailing slash) */
    public URI cdnUri() {
        return started().cdnUri();
    }

    /** @return the bearer key this sandbox accepts */
    public String apiKey() {
        return apiKey;
    }

    /**
     * Seeds a task (as {@link #seedTask}) and a result of a create answered 202 Accepted that names it: polling
     * {@code /api/v1/task_results/<resultId>} answers {@code completed} with the task as the create's answer.
     *
     * @param resultId the result id (the last segment of the 202's Location)
     * @param endpoint the task endpoint path segment (the {@code <segment>} of {@code /api/v1/kling/<segment>})
     * @param taskId   the task id
     * @param status   the task's status
     * @throws IllegalArgumentException as {@link #seedTask}, or for a result id the spec would not accept
     */
    public void seedTaskResult(String resultId, String endpoint, String taskId, String status) {
        if (!isTaskId(resultId)) {
            throw new IllegalArgumentException("invalid result id: " + resultId);
        }
        seedTask(endpoint, taskId, status);
        state.accepted().seed(resultId, taskId);
    }

    /** @return whether {@code id} has the form of a task id the spec accepts ({@code [A-Za-z0-9_.:-]{1,256}}) */
    static boolean isTaskId(String id) {
        return id != null && TASK_ID.matcher(id).matches();
    }

    /**
     * Creates (or replaces) a task whose status is frozen at the given value, for contract provider states. A
     * completed seeded task has {@code videos[0].url} on the CDN (a 5 s 16:9 clip) and {@code usage.cost}; a
     * failed one has an error string and no usage.
     *
     * @param endpoint the path segment of a task endpoint the spec declares
     * @param id       the task id (letters, digits, {@code _.:-})
     * @param status   {@code pending}, {@code processing}, {@code completed} or {@code failed}
     * @throws IllegalArgumentException for an unknown endpoint or status, or an id the spec would not accept
     */
    public void seedTask(String endpoint, String id, String status) {
        TaskEndpoint taskEndpoint = TaskEndpoint.fromSegment(endpoint)
                .orElseThrow(() -> new IllegalArgumentException("unknown endpoint: " + endpoint));
        if (id == null || !TASK_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("invalid task id: " + id);
        }
        TaskStatus taskStatus = TaskStatus.fromValue(Objects.requireNonNull(status, "status"));
        if (!taskStatus.isKnown()) {
            throw new IllegalArgumentException("unknown status: " + status);
        }
        int duration = PriceTable.DEFAULT_DURATION_SECONDS;
        store.put(new SandboxTask(id, taskEndpoint, lifecycle.now(),
                new VideoSpec("Seeded task " + id, duration, VideoSpec.DEFAULT_ASPECT_RATIO),
                PriceTable.cost(duration, PriceTable.DEFAULT_RESOLUTION, false),
                TaskStatus.FAILED.equals(taskStatus), taskStatus));
    }

    /** @return the fault injector of this sandbox (also driven by the admin API {@code /__sandbox/faults}) */
    public SandboxFaults faults() {
        return faults;
    }

    /**
     * Publishes a synthetic file on the CDN, streamed on the fly (never held in memory), with Range support:
     * byte {@code i} is {@link SyntheticBytes#byteAt(long)}, so a download can be checked without a copy.
     * Publishing a name again replaces its size.
     *
     * @param name      the file name (letters, digits, {@code _.-}, at most 128)
     * @param sizeBytes the size in bytes, 0 or more
     * @return the URL of the file, {@code <cdnUri>/blobs/<name>}
     * @throws IllegalStateException when the sandbox is not started
     */
    public URI publishBlob(String name, long sizeBytes) {
        BlobStore.check(name, sizeBytes);
        URI cdn = cdnUri();
        blobs.put(name, sizeBytes);
        return URI.create(cdn + CdnHandler.BLOBS + name);
    }

    /** @return the webhook deliveries so far, one per finished task with a {@code callback_url} */
    public List<WebhookDelivery> webhookDeliveries() {
        return webhooks.deliveries();
    }

    /** @return how many tasks the sandbox holds (created and seeded) */
    public int taskCount() {
        return store.size();
    }

    /**
     * @return the headers of the requests the CDN received (the last {@value CdnHandler#MAX_RECORDED}), oldest
     *     first; header names are case-insensitive keys, several values are joined with {@code ", "}
     */
    public List<Map<String, String>> cdnRequestHeaders() {
        SandboxServers running = servers;
        return running == null ? List.of() : running.cdnRequestHeaders();
    }

    /** @return how many videos were rendered (for tests of the render-once cache) */
    int renderCount() {
        SandboxServers running = servers;
        return running == null ? 0 : running.renderCount();
    }

    /** Stops both servers and every worker thread, and deletes the rendered videos. Idempotent. */
    @Override
    public void close() {
        synchronized (lock) {
            if (!closed && servers != null) {
                servers.close();
            }
            closed = true;
        }
    }

    private Optional<VideoSpec> completedVideo(String taskId) {
        return store.find(taskId)
                .filter(task -> TaskStatus.COMPLETED.equals(lifecycle.statusOf(task)))
                .map(SandboxTask::video);
    }

    private SandboxServers started() {
        SandboxServers running = servers;
        if (running == null) {
            throw new IllegalStateException("sandbox not started; call start() first");
        }
        return running;
    }

    /** Configures a {@link KlingSandbox}. */
    public static final class Builder {
        private int port;
        private String apiKey = DEMO_KEY;
        private Duration pendingFor = Duration.ofSeconds(1);
        private Duration processingFor = Duration.ofSeconds(3);
        private Clock clock = Clock.systemUTC();
        private double timeScale = 1.0;
        private String webhookSecret;

        private Builder() {
        }

        /**
         * @param port the API port; 0 (the default) picks a free one
         * @return this builder
         */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * @param key the bearer key the sandbox accepts; default {@value KlingSandbox#DEMO_KEY}
         * @return this builder
         */
        public Builder apiKey(String key) {
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException("apiKey must not be blank");
            }
            this.apiKey = key.trim();
            return this;
        }

        /**
         * @param duration how long a new task stays {@code pending}; default 1 s
         * @return this builder
         */
        public Builder pendingFor(Duration duration) {
            this.pendingFor = Objects.requireNonNull(duration, "duration");
            return this;
        }

        /**
         * @param duration how long a task stays {@code processing} after that; default 3 s
         * @return this builder
         */
        public Builder processingFor(Duration duration) {
            this.processingFor = Objects.requireNonNull(duration, "duration");
            return this;
        }

        /**
         * @param clock the time source of the lifecycle; default {@link Clock#systemUTC()}
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Speeds up the sandbox's time: with 60, a task of 60 s pending and processing lasts 1 s of the
         * {@link #clock(Clock) clock}'s time. Applies to task lifecycles, upload expiry and the ledger's day. With
         * an injected clock, moving it by one second moves the sandbox by {@code scale} seconds.
         *
         * @param scale how many sandbox seconds pass per clock second, positive; default 1
         * @return this builder
         */
        public Builder timeScale(double scale) {
            if (!(scale > 0) || Double.isInfinite(scale)) {
                throw new IllegalArgumentException("timeScale must be positive and finite: " + scale);
            }
            this.timeScale = scale;
            return this;
        }

        /**
         * Signs every webhook POST by the Standard Webhooks scheme with this secret: headers {@code webhook-id}
         * ({@code msg_<task id>}, the same for every attempt), {@code webhook-timestamp} (Unix seconds of the
         * {@link #clock(Clock) clock}, unscaled) and {@code webhook-signature} ({@code v1,<base64 HMAC-SHA256 of
         * "{id}.{timestamp}.{body}">}). Default: unsigned.
         *
         * @param secret {@code whsec_} followed by base64
         * @return this builder
         * @throws IllegalArgumentException when the secret is not {@code whsec_} followed by non-empty base64
         */
        public Builder webhookSecret(String secret) {
            WebhookSender.key(secret); // fail here, not at the first delivery
            this.webhookSecret = secret;
            return this;
        }

        /** @return a sandbox, not started yet */
        public KlingSandbox build() {
            return new KlingSandbox(this);
        }
    }
}
