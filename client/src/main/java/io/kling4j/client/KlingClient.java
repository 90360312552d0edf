package io.kling4j.client;

import io.kling4j.client.errors.ErrorDetails;
import io.kling4j.client.errors.KlingException;
import io.kling4j.client.errors.NetworkException;
import io.kling4j.client.errors.TaskFailedException;
import io.kling4j.client.errors.UnexpectedResponseException;
import io.kling4j.client.errors.WaitTimeoutException;
import io.kling4j.client.internal.ErrorMapper;
import io.kling4j.client.internal.GeneratedCalls;
import io.kling4j.client.internal.RequestRules;
import io.kling4j.client.internal.Retrier;
import io.kling4j.client.internal.TaskWaiter;
import io.kling4j.client.internal.VideoDownloader;
import io.kling4j.generated.ApiClient;
import io.kling4j.generated.model.AccountBalance;
import io.kling4j.generated.model.AccountInfo;
import io.kling4j.generated.model.AiAvatarRequest;
import io.kling4j.generated.model.EditVideoRequest;
import io.kling4j.generated.model.ExtendVideoRequest;
import io.kling4j.generated.model.FileUploadRequest;
import io.kling4j.generated.model.FileUploadResponse;
import io.kling4j.generated.model.ImageToVideoRequest;
import io.kling4j.generated.model.MotionControlRequest;
import io.kling4j.generated.model.TaskCreateResponse;
import io.kling4j.generated.model.TaskStatus;
import io.kling4j.generated.model.TextToVideoRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The kling4j client: submit a Kling task to RunAPI, get it, wait for it, download its video.
 *
 * <pre>{@code
 * try (KlingClient kling = KlingClient.fromEnv()) {            // RUNAPI_API_KEY, RUNAPI_BASE_URL
 *     KlingTask task = kling.submitAndWait(new TextToVideoRequest()
 *             .model("kling-3.0").prompt("A red fox in fresh snow").durationSeconds(5), WaitOptions.defaults());
 *     kling.download(task, Path.of("fox.mp4"));
 * }
 * }</pre>
 *
 * <p>Every request is first checked against the spec's rules for its model (see {@code docs/models.md}); a
 * request that breaks any fails with a {@link io.kling4j.client.errors.ValidationException} listing every
 * broken rule, and nothing is sent. Switch this off with {@link KlingClientBuilder#validateRequests(boolean)}
 * or per call with {@link RequestOptions#validate(boolean)} when RunAPI moves faster than the spec.
 *
 * <p>Every call is retried on connection errors, timeouts, 408, 429 and 5xx ({@link RetryPolicy#defaults()}).
 * Every submit carries an {@code Idempotency-Key} (random per submit, reused by its retries), so a retried
 * create never makes a second task. Waits poll without parking a thread, on a shared scheduler. Failures are
 * unchecked subclasses of {@link KlingException}. Thread-safe; share one instance. {@link #toString()} never
 * shows the key.
 */
public final class KlingClient implements AutoCloseable {
    /** Header carrying the attempt's retry count (0 on the first attempt). */
    public static final String RETRY_COUNT_HEADER = "X-Kling4j-Retry-Count";

    private final String apiKey;
    private final URI baseUrl;
    private final Duration requestTimeout;
    private final RetryPolicy retryPolicy;
    private final HttpClient http;
    private final ScheduledExecutorService ownedExecutor;
    private final GeneratedCalls calls;
    private final Retrier retrier;
    private final TaskWaiter waiter;
    private final RequestRules rules;
    private final boolean validateRequests;

    KlingClient(KlingClientBuilder b) {
        this.apiKey = b.apiKey;
        this.baseUrl = b.baseUrl;
        this.requestTimeout = b.requestTimeout;
        this.retryPolicy = b.retryPolicy;
        this.http = b.httpClient != null ? b.httpClient
                : HttpClient.newBuilder().connectTimeout(b.connectTimeout).followRedirects(HttpClient.Redirect.NORMAL)
                        .build();
        Scheduler scheduler = b.scheduler;
        if (scheduler == null) {
            ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
                Thread t = new Thread(runnable, "kling4j-scheduler");
                t.setDaemon(true);
                return t;
            });
            executor.setRemoveOnCancelPolicy(true);
            this.ownedExecutor = executor;
            scheduler = Scheduler.of(executor);
        } else {
            this.ownedExecutor = null;
        }
        this.calls = callsWith(requestTimeout);
        this.retrier = new Retrier(scheduler, () -> ThreadLocalRandom.current().nextDouble());
        this.waiter = new TaskWaiter(scheduler, b.clock);
        this.rules = new RequestRules(ApiClient.createDefaultObjectMapper());
        this.validateRequests = b.validateRequests;
    }

    /** @return a builder with the documented defaults */
    public static KlingClientBuilder builder() {
        return new KlingClientBuilder();
    }

    /**
     * @return a client configured from {@code RUNAPI_API_KEY} and {@code RUNAPI_BASE_URL}
     * @throws io.kling4j.client.errors.AuthenticationException when {@code RUNAPI_API_KEY} is not set
     */
    public static KlingClient fromEnv() {
        return builder().fromEnv().build();
    }

    /** @return the base URL this client talks to */
    public URI baseUrl() {
        return baseUrl;
    }

    // ---- submit -------------------------------------------------------------------------------------------

    /**
     * Creates a text-to-video task.
     *
     * @param request the body (model and prompt at least)
     * @return the new task, usually {@code pending}
     */
    public KlingTask submit(TextToVideoRequest request) {
        return submit(request, RequestOptions.none());
    }

    /**
     * @param request the body
     * @param options per-call overrides (idempotency key, timeout, retries)
     * @return the new task
     */
    public KlingTask submit(TextToVideoRequest request, RequestOptions options) {
        return join(submitAsync(Endpoint.TEXT_TO_VIDEO, request, options));
    }

    /**
     * Creates an image-to-video task.
     *
     * @param request the body (model, prompt and first frame at least)
     * @return the new task
     */
    public KlingTask submit(ImageToVideoRequest request) {
        return submit(request, RequestOptions.none());
    }

    /**
     * @param request the body
     * @param options per-call overrides
     * @return the new task
     */
    public KlingTask submit(ImageToVideoRequest request, RequestOptions options) {
        return join(submitAsync(Endpoint.IMAGE_TO_VIDEO, request, options));
    }

    /**
     * Creates a task without blocking.
     *
     * @param endpoint the endpoint
     * @param request the generated request type of that endpoint
     * @param options per-call overrides
     * @return the new task
     */
    public CompletableFuture<KlingTask> submitAsync(Endpoint endpoint, Object request, RequestOptions options) {
        Objects.requireNonNull(request, "request");
        if (options.validate().orElse(validateRequests)) {
            try {
                rules.check(request);
            } catch (KlingException invalid) {
                return CompletableFuture.failedFuture(invalid); // nothing was sent
            }
        }
        String key = options.idempotencyKey().orElseGet(() -> UUID.randomUUID().toString());
        String clientRequestId = options.clientRequestId().orElse(null);
        GeneratedCalls c = callsFor(options);
        String operation = "create " + endpoint.path();
        return retrier.run(policyFor(options), operation,
                attempt -> c.create(endpoint, request, key, clientRequestId, retryHeader(attempt))
                        .thenApply(response -> toTask(endpoint, response.getData(), operation)));
    }

    // ---- get and wait -------------------------------------------------------------------------------------

    /**
     * @param endpoint the endpoint that created the task
     * @param taskId the task id
     * @return the task as it is now
     */
    public KlingTask get(Endpoint endpoint, String taskId) {
        return join(getAsync(endpoint, taskId, RequestOptions.none()));
    }

    /**
     * @param endpoint the endpoint that created the task
     * @param taskId the task id
     * @param options per-call overrides
     * @return the task as it is now
     */
    public CompletableFuture<KlingTask> getAsync(Endpoint endpoint, String taskId, RequestOptions options) {
        requireTaskId(taskId);
        GeneratedCalls c = callsFor(options);
        return retrier.run(policyFor(options), "status of task " + taskId,
                attempt -> c.get(endpoint, taskId, retryHeader(attempt)).thenApply(r -> {
                    if (r.getData() == null || r.getData().getId() == null || r.getData().getStatus() == null) {
                        throw new UnexpectedResponseException("status of task " + taskId
                                + " returned a body without id or status", ErrorDetails.none(), null);
                    }
                    return KlingTask.of(endpoint, r.getData());
                }));
    }

    /**
     * Blocks until the task completes. Works for any task id, from any process.
     *
     * @param endpoint the endpoint that created the task
     * @param taskId the task id
     * @param options deadline, poll intervals and listener
     * @return the completed task
     * @throws TaskFailedException when the task failed
     * @throws WaitTimeoutException when the deadline passed first (the task keeps running)
     */
    public KlingTask waitFor(Endpoint endpoint, String taskId, WaitOptions options) {
        return join(waitForAsync(endpoint, taskId, options));
    }

    /**
     * Waits without blocking a thread. {@code cancel(true)} on the future stops the polling.
     *
     * @param endpoint the endpoint that created the task
     * @param taskId the task id
     * @param options deadline, poll intervals and listener
     * @return the completed task, or a failure as in {@link #waitFor}
     */
    public CompletableFuture<KlingTask> waitForAsync(Endpoint endpoint, String taskId, WaitOptions options) {
        requireTaskId(taskId);
        return waiter.waitFor(taskId, () -> getAsync(endpoint, taskId, RequestOptions.none()), options);
    }

    /**
     * Submits and waits for completion.
     *
     * @param request the body
     * @param options how to wait
     * @return the completed task
     */
    public KlingTask submitAndWait(TextToVideoRequest request, WaitOptions options) {
        return join(submitAndWaitAsync(Endpoint.TEXT_TO_VIDEO, request, options));
    }

    /**
     * Submits and waits for completion.
     *
     * @param request the body
     * @param options how to wait
     * @return the completed task
     */
    public KlingTask submitAndWait(ImageToVideoRequest request, WaitOptions options) {
        return join(submitAndWaitAsync(Endpoint.IMAGE_TO_VIDEO, request, options));
    }

    /**
     * @param endpoint the endpoint
     * @param request the generated request type of that endpoint
     * @param options how to wait
     * @return the completed task
     */
    public CompletableFuture<KlingTask> submitAndWaitAsync(Endpoint endpoint, Object request, WaitOptions options) {
        return submitAsync(endpoint, request, RequestOptions.none())
                .thenCompose(task -> waitForAsync(endpoint, task.id(), options));
    }

    // ---- download -----------------------------------------------------------------------------------------

    /**
     * Downloads the task's first video. The file appears complete or not at all.
     *
     * @param task a completed task
     * @param target a file path, or an existing directory (the file is then named {@code <task id>.mp4})
     * @return the written file
     */
    public Path download(KlingTask task, Path target) {
        List<String> urls = task.videoUrls();
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("task " + task.id() + " has no video yet (status " + task.status() + ")");
        }
        Path file = Files.isDirectory(target) ? target.resolve(safeFileName(task.id()) + ".mp4") : target;
        return download(URI.create(urls.get(0)), file);
    }

    /**
     * Downloads a video URL to a file. The API key is sent only when the URL is on the API's own origin.
     *
     * @param url the video URL
     * @param target the file to create or replace
     * @return the target
     */
    public Path download(URI url, Path target) {
        Map<String, String> headers = sameOrigin(url, baseUrl) ? Map.of("Authorization", "Bearer " + apiKey) : Map.of();
        return new VideoDownloader(http, requestTimeout, retryPolicy.maxRetries()).download(url, target, headers);
    }

    @Override
    public void close() {
        if (ownedExecutor != null) {
            ownedExecutor.shutdownNow();
        }
    }

    @Override
    public String toString() {
        return "KlingClient{baseUrl=" + baseUrl + ", apiKey=***, requestTimeout=" + requestTimeout + ", retryPolicy="
                + retryPolicy + "}";
    }

    // ---- edit, extend, avatar, motion control; account; files ----------------------------------------------

    /**
     * Creates an edit-video task (Kling V3 Omni).
     *
     * @param request the body (model, prompt and exactly one of source video URL and source task id)
     * @return the new task
     */
    public KlingTask submit(EditVideoRequest request) {
        return submit(request, RequestOptions.none());
    }

    /**
     * @param request the body
     * @param options per-call overrides
     * @return the new task
     */
    public KlingTask submit(EditVideoRequest request, RequestOptions options) {
        return join(submitAsync(Endpoint.EDIT_VIDEO, request, options));
    }

    /**
     * Creates an extend-video task: continues a completed Kling v2.5 Turbo video.
     *
     * @param request the body (the source task id at least; it has no model)
     * @return the new task
     */
    public KlingTask submit(ExtendVideoRequest request) {
        return submit(request, RequestOptions.none());
    }

    /**
     * @param request the body
     * @param options per-call overrides
     * @return the new task
     */
    public KlingTask submit(ExtendVideoRequest request, RequestOptions options) {
        return join(submitAsync(Endpoint.EXTEND_VIDEO, request, options));
    }

    /**
     * Creates an AI-avatar task: a face image lip-synced to an audio track.
     *
     * @param request the body (model, source image, source audio and prompt)
     * @return the new task
     */
    public KlingTask submit(AiAvatarRequest request) {
        return submit(request, RequestOptions.none());
    }

    /**
     * @param request the body
     * @param options per-call overrides
     * @return the new task
     */
    public KlingTask submit(AiAvatarRequest request, RequestOptions options) {
        return join(submitAsync(Endpoint.AI_AVATAR, request, options));
    }

    /**
     * Creates a motion-control task: the character of an image moves like the one of a reference video.
     *
     * @param request the body (model, source image and reference video at least)
     * @return the new task
     */
    public KlingTask submit(MotionControlRequest request) {
        return submit(request, RequestOptions.none());
    }

    /**
     * @param request the body
     * @param options per-call overrides
     * @return the new task
     */
    public KlingTask submit(MotionControlRequest request, RequestOptions options) {
        return join(submitAsync(Endpoint.MOTION_CONTROL, request, options));
    }

    /**
     * Reads the account's credit balance ({@code GET /api/v1/me/balance}), with the usual retries.
     *
     * @return the balance, in US cents
     * @throws UnexpectedResponseException when the answer has no body
     */
    public AccountBalance balance() {
        GeneratedCalls c = callsFor(RequestOptions.none());
        return join(retrier.run(policyFor(RequestOptions.none()), "account balance",
                attempt -> c.account().balance(retryHeader(attempt)).thenApply(r -> {
                    if (r.getData() == null || r.getData().getBalanceCents() == null) {
                        throw new UnexpectedResponseException("account balance returned no balance_cents",
                                ErrorDetails.none(), null);
                    }
                    return r.getData();
                })));
    }

    /**
     * Reads the account the API key belongs to ({@code GET /api/v1/me}), with the usual retries.
     *
     * @return the account
     * @throws UnexpectedResponseException when the answer has no body
     */
    public AccountInfo account() {
        GeneratedCalls c = callsFor(RequestOptions.none());
        return join(retrier.run(policyFor(RequestOptions.none()), "account",
                attempt -> c.account().info(retryHeader(attempt)).thenApply(r -> {
                    if (r.getData() == null) {
                        throw new UnexpectedResponseException("account returned no body", ErrorDetails.none(), null);
                    }
                    return r.getData();
                })));
    }

    /**
     * Uploads a file given by URL or as base64 data ({@code POST /api/v1/files}) and returns its temporary URL,
     * to pass to a task before it expires (one hour). Retried like every call; the upload has no idempotency
     * key, so a retried upload may store the file twice (under two temporary URLs), which is harmless.
     *
     * @param request the source ({@code url} or {@code base64}) and optional file name
     * @return the stored file and its temporary URL
     * @throws UnexpectedResponseException when the answer has no URL
     */
    public FileUploadResponse uploadFile(FileUploadRequest request) {
        Objects.requireNonNull(request, "request");
        GeneratedCalls c = callsFor(RequestOptions.none());
        return join(retrier.run(policyFor(RequestOptions.none()), "file upload",
                attempt -> c.account().upload(request, retryHeader(attempt)).thenApply(r -> {
                    if (r.getData() == null || r.getData().getUrl() == null) {
                        throw new UnexpectedResponseException("file upload returned no url", ErrorDetails.none(),
                                null);
                    }
                    return r.getData();
                })));
    }

    // ---- internals ----------------------------------------------------------------------------------------

    private GeneratedCalls callsWith(Duration timeout) {
        return new GeneratedCalls(http, ApiClient.createDefaultObjectMapper(), baseUrl.toString(), apiKey, timeout);
    }

    private GeneratedCalls callsFor(RequestOptions options) {
        return options.timeout().map(this::callsWith).orElse(calls);
    }

    private RetryPolicy policyFor(RequestOptions options) {
        return options.retryPolicy().orElse(retryPolicy);
    }

    private static Map<String, String> retryHeader(int attempt) {
        return Map.of(RETRY_COUNT_HEADER, Integer.toString(attempt));
    }

    private static KlingTask toTask(Endpoint endpoint, TaskCreateResponse created, String operation) {
        String id = created == null ? null : created.getId() != null ? created.getId() : created.getTaskId();
        if (id == null || id.isBlank()) {
            throw new UnexpectedResponseException(operation + " returned no task id (neither id nor task_id)",
                    ErrorDetails.none(), null);
        }
        TaskStatus status = created.getStatus() == null ? TaskStatus.PENDING : created.getStatus();
        return new KlingTask(endpoint, id, status, null, List.of(), null);
    }

    private static void requireTaskId(String taskId) {
        if (taskId == null || taskId.isBlank()) {
            throw new IllegalArgumentException("taskId must not be blank");
        }
    }

    static String safeFileName(String name) {
        String cleaned = name.replaceAll("[^A-Za-z0-9._-]", "_");
        if (cleaned.isEmpty() || cleaned.chars().allMatch(c -> c == '.')) {
            throw new IllegalArgumentException("cannot make a safe file name from '" + name + "'");
        }
        return cleaned;
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme() != null && a.getScheme().equalsIgnoreCase(b.getScheme())
                && a.getHost() != null && a.getHost().equalsIgnoreCase(b.getHost()) && port(a) == port(b);
    }

    private static int port(URI u) {
        return u.getPort() != -1 ? u.getPort() : "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new NetworkException("interrupted while waiting for RunAPI", ErrorDetails.none(), e);
        } catch (ExecutionException | CompletionException e) {
            throw ErrorMapper.map(e, "call");
        }
    }
}
