package io.kling4j.client;

import io.kling4j.client.errors.CreateAttempt;
import io.kling4j.client.errors.ErrorDetails;
import io.kling4j.client.errors.KlingException;
import io.kling4j.client.errors.TaskFailedException;
import io.kling4j.client.errors.UnexpectedResponseException;
import io.kling4j.client.errors.WaitTimeoutException;
import io.kling4j.client.internal.AccountCalls;
import io.kling4j.client.internal.BlockingSendHttpClient;
import io.kling4j.client.internal.ClientSupport;
import io.kling4j.client.internal.AcceptedCreates;
import io.kling4j.client.internal.GeneratedCalls;
import io.kling4j.client.internal.InFlight;
import io.kling4j.client.internal.LoggingHttpClient;
import io.kling4j.client.internal.RecoverableCreate;
import io.kling4j.client.internal.RedirectingHttpClient;
import io.kling4j.client.internal.RequestRules;
import io.kling4j.client.internal.StreamingUpload;
import io.kling4j.client.internal.Retrier;
import io.kling4j.client.internal.TaskJson;
import io.kling4j.client.internal.TaskWaiter;
import io.kling4j.client.internal.VideoDownloader;
import io.kling4j.client.webhooks.WebhookVerifier;
import io.kling4j.client.webhooks.Webhooks;
import io.kling4j.generated.ApiClient;
import io.kling4j.generated.ApiResponse;
import io.kling4j.generated.model.AccountBalance;
import io.kling4j.generated.model.AccountInfo;
import io.kling4j.generated.model.FileUploadRequest;
import io.kling4j.generated.model.FileUploadResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * The kling4j client: submit a Kling task to RunAPI, get it, wait for it, download its video.
 *
 * <pre>{@code
 * try (KlingClient kling = KlingClient.fromEnv()) {            // RUNAPI_API_KEY, RUNAPI_BASE_URL
 *     KlingTask task = kling.textToVideo().createAndWait(TextToVideoParams.builder()
 *             .model("kling-3.0").prompt("A red fox in fresh snow").durationSeconds(5).build(), WaitOptions.defaults());
 *     kling.download(task, Path.of("fox.mp4"));
 * }
 * }</pre>
 *
 * <p>Each task endpoint of the spec has a typed resource ({@link #textToVideo()}, {@link #imageToVideo()} ...,
 * generated into {@link KlingResources}) taking its immutable {@code <Endpoint>Params}; the methods here are the
 * generic core under them, also usable with {@link TaskParams#of(Endpoint, java.util.Map)}.
 *
 * <p>Every request is first checked against the spec's rules for its model (see {@code docs/models.md}); a
 * request that breaks any fails with a {@link io.kling4j.client.errors.ValidationException} listing every
 * broken rule, and nothing is sent. Switch this off with {@link KlingClientBuilder#validateRequests(boolean)}
 * or per call with {@link RequestOptions#validate(boolean)} when RunAPI moves faster than the spec.
 *
 * <p>Every call is retried on connection errors, timeouts, cut-off bodies, 408, 429 and 5xx, honouring the
 * server's {@code Retry-After}/{@code Retry-After-Ms} and {@code X-Should-Retry} ({@link RetryPolicy#defaults()}).
 * Every submit carries an {@code Idempotency-Key} (random per submit, reused by its retries), so a retried
 * create never makes a second task. Timeouts: connect 10 s, each HTTP request 60 s (per call:
 * {@link RequestOptions#timeout(Duration)}), whole wait 15 min ({@link WaitOptions}). Waits poll without parking
 * a thread, on a shared scheduler, and poll at once when a webhook is handed to {@link #webhooks()} (a signed,
 * verified one ends them at once). Failures are
 * unchecked subclasses of {@link KlingException}. Every HTTP request is logged once at {@code DEBUG} to
 * {@code System.Logger} {@code io.kling4j}, with secrets redacted. Thread-safe; share one instance.
 * {@link #toString()} never shows the key.
 *
 * <p>Details and tables: {@code docs/client.md}.
 */
public final class KlingClient extends KlingResources implements AutoCloseable {
    /** Header carrying the attempt's retry count (0 on the first attempt). */
    public static final String RETRY_COUNT_HEADER = "X-Kling4j-Retry-Count";

    private final String apiKey;
    private final URI baseUrl;
    private final Duration requestTimeout;
    private final Duration statusTimeout;
    private final RetryPolicy retryPolicy;
    private final HttpClient http;
    private final HttpClient downloadHttp;
    private final ScheduledExecutorService ownedExecutor;
    private final java.util.concurrent.ExecutorService ownedHttpExecutor;
    private final java.util.concurrent.ExecutorService ownedIoExecutor;
    private final java.util.concurrent.ConcurrentHashMap<Duration, GeneratedCalls> callsByTimeout =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final GeneratedCalls calls;
    private final GeneratedCalls statusCalls;
    private final Retrier retrier;
    private final TaskWaiter waiter;
    private final RequestRules rules;
    private final boolean validateRequests;
    private final Webhooks webhooks;
    private final InFlight inFlight = new InFlight();
    private final AcceptedCreates accepted;
    private final Pricing pricing;

    KlingClient(KlingClientBuilder b) {
        this.apiKey = b.apiKey;
        this.baseUrl = b.baseUrl;
        this.requestTimeout = b.requestTimeout;
        this.statusTimeout = b.statusTimeout != null ? b.statusTimeout
                : ClientSupport.shorter(b.requestTimeout, KlingClientBuilder.DEFAULT_STATUS_TIMEOUT);
        this.retryPolicy = b.retryPolicy;
        Scheduler scheduler = b.scheduler;
        if (scheduler == null) {
            this.ownedExecutor = ClientSupport.daemonScheduler();
            scheduler = Scheduler.of(ownedExecutor);
        } else {
            this.ownedExecutor = null;
        }
        // threads: the JDK client's selector, kling4j-scheduler (also the JDK client's executor: it only runs short
        // non-blocking steps there), kling4j-io-N for sends; none from a JDK pool (BlockingSendHttpClient)
        this.ownedIoExecutor = ClientSupport.ioExecutor(b.ioThreads);
        this.ownedHttpExecutor = b.httpClient != null || ownedExecutor != null ? null : ClientSupport.httpExecutor();
        HttpClient transport = b.httpClient != null ? b.httpClient
                : HttpClient.newBuilder().connectTimeout(b.connectTimeout).followRedirects(HttpClient.Redirect.NEVER)
                        .executor(ownedExecutor != null ? ownedExecutor : ownedHttpExecutor).build();
        HttpClient sending = new BlockingSendHttpClient(transport, ownedIoExecutor, inFlight);
        // kling4j follows redirects itself: the key stays on the API's origin (docs/client.md, "Redirects")
        HttpClient logged = new LoggingHttpClient(sending, b.logger, RETRY_COUNT_HEADER);
        this.http = new RedirectingHttpClient(logged, RedirectingHttpClient.Mode.API);
        this.downloadHttp = new RedirectingHttpClient(logged, RedirectingHttpClient.Mode.DOWNLOAD);
        this.calls = callsWith(requestTimeout);
        this.statusCalls = statusTimeout.equals(requestTimeout) ? calls : callsWith(statusTimeout);
        this.retrier = new Retrier(scheduler, () -> ThreadLocalRandom.current().nextDouble(), b.retryListener,
                ClientSupport.hostPort(baseUrl));
        this.waiter = new TaskWaiter(scheduler, b.clock);
        this.rules = new RequestRules(ApiClient.createDefaultObjectMapper());
        this.validateRequests = b.validateRequests;
        this.webhooks = new Webhooks(waiter::deliver, waiter::pollNow,
                b.webhookSecret == null ? null : new WebhookVerifier(b.webhookSecret, b.clock));
        this.accepted = new AcceptedCreates(http, ApiClient.createDefaultObjectMapper(), baseUrl, apiKey, scheduler,
                requestTimeout);
        this.pricing = new Pricing(o -> callsFor(o).pricing(), retrier, this::policyFor, rules::check,
                validateRequests);
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

    /**
     * Creates a task: checks the params against the spec's rules (nothing is sent when one breaks), then sends
     * them with a new {@code Idempotency-Key} that every retry reuses. The typed form is
     * {@code kling.textToVideo().create(params)}.
     *
     * @param params the request, e.g. a {@code TextToVideoParams}
     * @return the new task, usually {@code pending}
     */
    public KlingTask submit(TaskParams params) {
        return submit(params, RequestOptions.none());
    }

    /**
     * @param params the request
     * @param options per-call overrides (idempotency key, timeout, retries, validation)
     * @return the new task
     */
    public KlingTask submit(TaskParams params, RequestOptions options) {
        return ClientSupport.call(() -> submitAsync(params, options));
    }

    /**
     * Creates a task without blocking.
     *
     * @param params the request
     * @param options per-call overrides
     * @return the new task
     */
    public CompletableFuture<KlingTask> submitAsync(TaskParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        Endpoint endpoint = Objects.requireNonNull(params.endpoint(), "params.endpoint()");
        if (inFlight.isClosed()) {
            return CompletableFuture.failedFuture(InFlight.closedError("create " + endpoint.path()));
        }
        if (options.validate().orElse(validateRequests)) {
            try {
                rules.check(params);
            } catch (KlingException invalid) {
                return CompletableFuture.failedFuture(invalid); // nothing was sent
            }
        }
        String key = options.idempotencyKey().orElseGet(() -> UUID.randomUUID().toString());
        String clientRequestId = options.clientRequestId().orElse(null);
        GeneratedCalls c = callsFor(options);
        String operation = "create " + endpoint.path();
        RecoverableCreate create = new RecoverableCreate(params, key, operation);
        return create.stamp(inFlight.track(retrier.run(policyFor(options), operation,
                options.timeout().orElse(requestTimeout),
                create.watch(attempt -> c.create(params, key, clientRequestId, retryHeader(attempt))
                        .thenCompose(response -> accepted.follow(response, operation, key))
                        .thenApply(response -> ClientSupport.toTask(endpoint, response, operation)))),
                operation));
    }

    /**
     * Creates a task and blocks until it is finished.
     *
     * @param params the request
     * @param options how to wait
     * @return the completed task
     */
    public KlingTask submitAndWait(TaskParams params, WaitOptions options) {
        return ClientSupport.call(() -> submitAndWaitAsync(params, options));
    }

    /**
     * Creates a task and waits for it without blocking a thread.
     *
     * @param params the request
     * @param options how to wait
     * @return the completed task
     */
    public CompletableFuture<KlingTask> submitAndWaitAsync(TaskParams params, WaitOptions options) {
        return submitAsync(params, RequestOptions.none())
                .thenCompose(task -> waitForAsync(params.endpoint(), task.id(), options));
    }

    /**
     * Gets the task of a create that failed in a way that may have made it ({@link KlingException#taskMayExist()}),
     * without paying twice: sends the same request again with the {@code Idempotency-Key} the failed create used,
     * which RunAPI answers with the task that key already made ({@code task_replayed}); if no attempt had reached
     * RunAPI, this creates the task now, once. Retried like any create.
     *
     * @param failure the exception a {@code submit}/{@code submitAsync} failed with
     * @return the task
     * @throws IllegalArgumentException when the failure did not come from a create
     */
    public KlingTask recover(KlingException failure) {
        return ClientSupport.call(() -> recoverAsync(failure, RequestOptions.none()));
    }

    /**
     * Non-blocking {@link #recover(KlingException)}.
     *
     * @param failure the exception a create failed with
     * @param options per-call overrides; its idempotency key is replaced by the failed create's
     * @return the task
     */
    public CompletableFuture<KlingTask> recoverAsync(KlingException failure, RequestOptions options) {
        CreateAttempt attempt = failure.createAttempt().orElseThrow(() -> new IllegalArgumentException(
                "nothing to recover: the failure did not come from a create (" + failure.getClass().getSimpleName() + ")"));
        return submitAsync(attempt.request(),
                options.idempotencyKey(attempt.idempotencyKey()).validate(false));
    }

    // ---- get and wait -------------------------------------------------------------------------------------

    /**
     * @param endpoint the endpoint that created the task
     * @param taskId the task id
     * @return the task as it is now
     */
    public KlingTask get(Endpoint endpoint, String taskId) {
        return ClientSupport.call(() -> getAsync(endpoint, taskId, RequestOptions.none()));
    }

    /**
     * @param endpoint the endpoint that created the task
     * @param taskId the task id
     * @param options per-call overrides
     * @return the task as it is now
     */
    public CompletableFuture<KlingTask> getAsync(Endpoint endpoint, String taskId, RequestOptions options) {
        requireTaskId(taskId);
        if (inFlight.isClosed()) {
            return CompletableFuture.failedFuture(InFlight.closedError("status of task " + taskId));
        }
        GeneratedCalls c = options.timeout().map(this::callsWith).orElse(statusCalls);
        return inFlight.track(retrier.run(policyFor(options), "status of task " + taskId,
                options.timeout().orElse(statusTimeout),
                attempt -> c.get(endpoint, taskId, retryHeader(attempt)).thenApply(r -> {
                    if (r.getData() == null || r.getData().getId() == null || r.getData().getStatus() == null) {
                        throw new UnexpectedResponseException("status of task " + taskId
                                + " returned a body without id or status", ErrorDetails.none(), null);
                    }
                    return KlingTask.of(endpoint, r.getData(), r.getHeaders());
                })), "status of task " + taskId);
    }

    /**
     * Blocks until the task completes. Works for any task id, from any process.
     *
     * @param endpoint the endpoint that created the task
     * @param taskId the task id
     * @param options deadline, poll intervals and listener
     * @return the completed task
     * @throws TaskFailedException when the task failed ({@link io.kling4j.client.errors.TaskCancelledException}, a
     *     subclass, when it was cancelled)
     * @throws UnexpectedResponseException when the task reports completed without any video URL
     * @throws WaitTimeoutException when the deadline passed first (the task keeps running)
     */
    public KlingTask waitFor(Endpoint endpoint, String taskId, WaitOptions options) {
        return ClientSupport.call(() -> waitForAsync(endpoint, taskId, options));
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
        if (inFlight.isClosed()) {
            return CompletableFuture.failedFuture(InFlight.closedError("wait for task " + taskId));
        }
        return inFlight.track(waiter.waitFor(endpoint, taskId,
                () -> getAsync(endpoint, taskId, RequestOptions.none()), options), "wait for task " + taskId);
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
        if (target.getFileName() != null && target.getFileName().toString().equals("..")) {
            throw new IllegalArgumentException("download target must not be '..' (was '" + target + "')");
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
        ClientSupport.requireFileTarget(target);
        inFlight.requireOpen("download of a video");
        Map<String, String> headers = ClientSupport.sameOrigin(url, baseUrl) ? Map.of("Authorization", "Bearer " + apiKey) : Map.of();
        return new VideoDownloader(downloadHttp, requestTimeout, retryPolicy.maxRetries(), inFlight)
                .download(url, target, headers);
    }

    /**
     * Closes the client: every call, wait and download still pending ends at once with a
     * {@link io.kling4j.client.errors.ClientClosedException} (a blocking download's temporary file is removed; a create
     * cut short keeps its {@link KlingException#createAttempt()} to recover the task), every later call fails at once
     * with the same exception, and the threads the client owns stop. Idempotent.
     */
    @Override
    public void close() {
        inFlight.close();
        if (ownedExecutor != null) {
            ownedExecutor.shutdownNow();
        }
        ownedIoExecutor.shutdownNow(); // interrupts sends in progress: each aborts its exchange
        if (ownedHttpExecutor != null) {
            ownedHttpExecutor.shutdown();
        }
    }

    @Override
    public String toString() {
        return "KlingClient{baseUrl=" + baseUrl + ", apiKey=" + (apiKey.isEmpty() ? "unset" : "***") + ", requestTimeout="
                + requestTimeout + ", retryPolicy=" + retryPolicy + "}";
    }

    // ---- account; files; webhooks ---------------------------------------------------------------------------

    /**
     * Reads the account's credit balance ({@code GET /api/v1/me/balance}), with the usual retries.
     *
     * @return the balance, in US cents
     * @throws UnexpectedResponseException when the answer has no body
     */
    public AccountBalance balance() {
        return accountCall("account balance", (a, h) -> a.balance(h), r -> r.getBalanceCents() != null);
    }

    /**
     * Reads the account the API key belongs to ({@code GET /api/v1/me}), with the usual retries.
     *
     * @return the account
     * @throws UnexpectedResponseException when the answer has no body
     */
    public AccountInfo account() {
        return accountCall("account", (a, h) -> a.info(h), r -> true);
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
        return accountCall("file upload", (a, h) -> a.upload(request, h), r -> r.getUrl() != null);
    }

    /**
     * Uploads a local file ({@code POST /api/v1/files}, base64 encoded while it is sent, never whole in memory)
     * and returns its temporary URL. Retried like {@link #uploadFile(FileUploadRequest)}.
     *
     * @param file the local file
     * @param fileName the name to store it under (it ends the temporary URL)
     * @param options per-call overrides (timeout, retry policy)
     * @return the stored file and its temporary URL
     */
    public FileUploadResponse uploadFile(Path file, String fileName, RequestOptions options) {
        Objects.requireNonNull(file, "file");
        inFlight.requireOpen("file upload");
        StreamingUpload upload = new StreamingUpload(http, ApiClient.createDefaultObjectMapper(), baseUrl, apiKey);
        Duration timeout = options.timeout().orElse(requestTimeout);
        return ClientSupport.call(() -> inFlight.track(retrier.run(policyFor(options), "file upload", timeout,
                attempt -> upload.attempt(file, fileName, timeout, retryHeader(attempt))), "file upload"));
    }

    /**
     * Checks a request against the spec's rules without sending anything (what every submit does first).
     *
     * @param params the request
     * @throws io.kling4j.client.errors.ValidationException listing every broken rule
     */
    public void validate(TaskParams params) {
        rules.check(Objects.requireNonNull(params, "params"));
    }

    /**
     * Webhook helpers: {@code webhooks().deliver(body)} makes pending waits of the task in the body poll now;
     * {@code webhooks().deliver(body, headers)} with a {@link KlingClientBuilder#webhookSecret(String) webhook secret}
     * verifies the signature and ends them at once.
     *
     * @return the webhook helpers bound to this client's pending waits
     */
    public Webhooks webhooks() {
        return webhooks;
    }

    /**
     * The price of a request before submitting it ({@code POST /api/v1/price_quotes}); nothing is created or charged.
     * Shorthand for {@code pricing().quote(params)}.
     *
     * @param params the request
     * @return what RunAPI would reserve for it, in US dollars
     */
    public PriceQuote quote(TaskParams params) {
        return pricing.quote(params);
    }

    /** @return price quotes and RunAPI's price schedules ({@link Pricing}) */
    public Pricing pricing() {
        return pricing;
    }

    // ---- internals ----------------------------------------------------------------------------------------

    private <T> T accountCall(String operation,
            BiFunction<AccountCalls, Map<String, String>, CompletableFuture<ApiResponse<T>>> call, Predicate<T> complete) {
        inFlight.requireOpen(operation);
        AccountCalls c = calls.account();
        return ClientSupport.call(() -> inFlight.track(retrier.run(retryPolicy, operation, requestTimeout,
                attempt -> call.apply(c, retryHeader(attempt)).thenApply(r -> {
                    if (r.getData() == null || !complete.test(r.getData())) {
                        throw new UnexpectedResponseException(operation + " returned an incomplete body",
                                ErrorDetails.none(), null);
                    }
                    return r.getData();
                })), operation));
    }

    private GeneratedCalls callsWith(Duration timeout) {
        return new GeneratedCalls(http, TaskJson.mapper(), baseUrl.toString(), apiKey, timeout);
    }

    /** A per-call timeout reuses the generated API objects made for it the first time (a handful of values in practice). */
    private GeneratedCalls callsFor(RequestOptions options) {
        Duration timeout = options.timeout().orElse(null);
        if (timeout == null || timeout.equals(requestTimeout)) {
            return calls;
        }
        GeneratedCalls cached = callsByTimeout.get(timeout);
        if (cached != null) {
            return cached;
        }
        return callsByTimeout.size() < 64 ? callsByTimeout.computeIfAbsent(timeout, this::callsWith) : callsWith(timeout);
    }

    private RetryPolicy policyFor(RequestOptions options) {
        return options.retryPolicy().orElse(retryPolicy);
    }

    private static Map<String, String> retryHeader(int attempt) {
        return Map.of(RETRY_COUNT_HEADER, Integer.toString(attempt));
    }

    private static void requireTaskId(String taskId) {
        if (taskId == null || taskId.isBlank()) {
            throw new IllegalArgumentException("taskId must not be blank");
        }
    }

    static String safeFileName(String name) {
        return ClientSupport.safeFileName(name);
    }

}
