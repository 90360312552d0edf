package io.kling4j.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.kling4j.client.errors.ErrorDetails;
import io.kling4j.client.errors.FieldViolation;
import io.kling4j.client.errors.KlingException;
import io.kling4j.client.errors.UnexpectedResponseException;
import io.kling4j.client.errors.ValidationException;
import io.kling4j.client.internal.AccountCalls;
import io.kling4j.client.internal.AccountResults;
import io.kling4j.client.internal.BlockingSendHttpClient;
import io.kling4j.client.internal.ClientSupport;
import io.kling4j.client.internal.AcceptedCreates;
import io.kling4j.client.internal.ApiCalls;
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
 * The generic core under {@link KlingClient} and the generated resources: transport, retries, idempotency, waits,
 * downloads and the account calls, with no per-endpoint code. One per client; package-private.
 */
final class ClientCore {
    private final String apiKey;
    private final URI baseUrl;
    private final Duration requestTimeout;
    private final Duration statusTimeout;
    private final RetryPolicy retryPolicy;
    private final HttpClient http;
    private final HttpClient downloadHttp;
    private final ScheduledExecutorService ownedExecutor;
    private final java.util.concurrent.ExecutorService ownedIoExecutor;
    private final java.util.concurrent.ConcurrentHashMap<Duration, ApiCalls> callsByTimeout =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final ApiCalls calls;
    private final ApiCalls statusCalls;
    private final Retrier retrier;
    private final TaskWaiter waiter;
    private final RequestRules rules;
    private final boolean validateRequests;
    private final Webhooks webhooks;
    private final InFlight inFlight = new InFlight();
    private final AcceptedCreates accepted;
    private final Pricing pricing;
    private final com.fasterxml.jackson.databind.ObjectMapper mapper = TaskJson.mapper(); // one per client, shared
    private static final Map<String, String>[] RETRY_HEADERS = retryHeaders(16);

    ClientCore(KlingClientBuilder b) {
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
        // threads: the JDK client's selector (which also runs the JDK's own short steps: no executor hand-off),
        // kling4j-scheduler, kling4j-io-N for sends; none from a JDK pool (BlockingSendHttpClient)
        this.ownedIoExecutor = ClientSupport.ioExecutor(b.ioThreads);
        HttpClient transport = b.httpClient != null ? b.httpClient
                : HttpClient.newBuilder().connectTimeout(b.connectTimeout).followRedirects(HttpClient.Redirect.NEVER)
                        .executor(ClientSupport.onSelectorThread()).build();
        HttpClient sending = new BlockingSendHttpClient(transport, ownedIoExecutor, inFlight);
        // kling4j follows redirects itself: the key stays on the API's origin (docs/client.md, "Redirects")
        HttpClient logged = new LoggingHttpClient(sending, b.logger, KlingClient.RETRY_COUNT_HEADER);
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

    URI baseUrl() {
        return baseUrl;
    }

    Webhooks webhooks() {
        return webhooks;
    }

    Pricing pricing() {
        return pricing;
    }

    void validate(TaskParams params) {
        rules.check(Objects.requireNonNull(params, "params"));
    }

    CompletableFuture<KlingTask> submitAsync(TaskParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        Endpoint endpoint = Objects.requireNonNull(params.endpoint(), "params.endpoint()");
        if (inFlight.isClosed()) {
            return CompletableFuture.failedFuture(InFlight.closedError(endpoint.createOperation()));
        }
        ApiCalls c = callsFor(options);
        byte[] body;
        try { // the JSON is written once, for the rules and for every attempt
            body = options.validate().orElse(validateRequests) ? rules.checkedBody(params) : c.body(params);
        } catch (KlingException invalid) {
            return CompletableFuture.failedFuture(invalid); // nothing was sent
        } catch (java.io.IOException | RuntimeException unwritable) {
            return CompletableFuture.failedFuture(new ValidationException(List.of(new FieldViolation("(body)", null,
                    null, "cannot be written as JSON: " + unwritable.getMessage())))); // nothing was sent
        }
        String key = options.idempotencyKey().orElseGet(() -> UUID.randomUUID().toString());
        String clientRequestId = options.clientRequestId().orElse(null);
        String operation = endpoint.createOperation();
        RecoverableCreate create = new RecoverableCreate(params, key, operation);
        return create.stamp(inFlight.track(retrier.run(policyFor(options), operation,
                options.timeout().orElse(requestTimeout),
                create.watch(attempt -> c.create(endpoint, body, key, clientRequestId, retryHeader(attempt))
                        .thenCompose(response -> accepted.follow(response, operation, key))
                        .thenApply(response -> KlingTask.owning(endpoint,
                                ClientSupport.taskJson(response, operation), response.getHeaders())))),
                operation));
    }

    CompletableFuture<KlingTask> getAsync(Endpoint endpoint, String taskId, RequestOptions options) {
        requireTaskId(taskId);
        if (inFlight.isClosed()) {
            return CompletableFuture.failedFuture(InFlight.closedError("status of task " + taskId));
        }
        ApiCalls c = options.timeout().isPresent() ? callsFor(options) : statusCalls;
        String operation = "status of task " + taskId;
        return inFlight.track(retrier.run(policyFor(options), operation,
                options.timeout().orElse(statusTimeout),
                attempt -> c.get(endpoint, taskId, retryHeader(attempt)).thenApply(r -> {
                    JsonNode task = r.getData();
                    if (task == null || !task.isObject() || !task.path("id").isTextual()
                            || !task.path("status").isTextual()) {
                        throw new UnexpectedResponseException(operation + " returned a body without id or status",
                                ErrorDetails.none(), null);
                    }
                    // decoded once into a tree that is this call's alone: no model, no copy (issue 14)
                    return KlingTask.owning(endpoint, task, r.getHeaders());
                })), operation);
    }

    CompletableFuture<KlingTask> waitForAsync(Endpoint endpoint, String taskId, WaitOptions options) {
        requireTaskId(taskId);
        if (inFlight.isClosed()) {
            return CompletableFuture.failedFuture(InFlight.closedError("wait for task " + taskId));
        }
        return inFlight.track(waiter.waitFor(endpoint, taskId,
                () -> getAsync(endpoint, taskId, RequestOptions.none()), options), "wait for task " + taskId);
    }

    // ---- download -----------------------------------------------------------------------------------------

    Path download(KlingTask task, Path target) {
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

    Path download(URI url, Path target) {
        ClientSupport.requireFileTarget(target);
        inFlight.requireOpen("download of a video");
        Map<String, String> headers = ClientSupport.sameOrigin(url, baseUrl) ? Map.of("Authorization", "Bearer " + apiKey) : Map.of();
        return new VideoDownloader(downloadHttp, requestTimeout, retryPolicy.maxRetries(), inFlight)
                .download(url, target, headers);
    }

    void close() {
        inFlight.close();
        if (ownedExecutor != null) {
            ownedExecutor.shutdownNow();
        }
        ownedIoExecutor.shutdownNow(); // interrupts sends in progress: each aborts its exchange
    }

    @Override
    public String toString() {
        return "KlingClient{baseUrl=" + baseUrl + ", apiKey=" + (apiKey.isEmpty() ? "unset" : "***") + ", requestTimeout="
                + requestTimeout + ", retryPolicy=" + retryPolicy + "}";
    }

    Balance balance() {
        return AccountResults.balance(accountCall("account balance", (a, h) -> a.balance(h),
                r -> r.getBalanceCents() != null));
    }

    Account account() {
        return AccountResults.account(accountCall("account", (a, h) -> a.info(h), r -> true));
    }

    UploadedFile uploadFile(Path file, String fileName, RequestOptions options) {
        Objects.requireNonNull(file, "file");
        // checked before anything is sent; a FIFO or device would also block the JDK's selector thread mid-upload
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IllegalArgumentException("file must be a readable regular file (was '" + file + "')");
        }
        inFlight.requireOpen("file upload");
        StreamingUpload upload = new StreamingUpload(http, ApiClient.createDefaultObjectMapper(), baseUrl, apiKey);
        Duration timeout = options.timeout().orElse(requestTimeout);
        return AccountResults.file(ClientSupport.call(() -> inFlight.track(retrier.run(policyFor(options),
                "file upload", timeout, attempt -> upload.attempt(file, fileName, timeout, retryHeader(attempt))),
                "file upload")));
    }

    UploadedFile upload(URI url, String fileName) {
        return upload(AccountResults.fromUrl(Objects.requireNonNull(url, "url"), fileName));
    }

    UploadedFile upload(byte[] data, String fileName) {
        return upload(AccountResults.fromBytes(Objects.requireNonNull(data, "data"), fileName));
    }

    private UploadedFile upload(Object request) {
        return AccountResults.file(accountCall("file upload", (a, h) -> a.upload(request, h), r -> r.getUrl() != null));
    }

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

    private ApiCalls callsWith(Duration timeout) {
        return new ApiCalls(http, mapper, baseUrl.toString(), apiKey, timeout);
    }

    /** A per-call timeout reuses the generated API objects made for it the first time (a handful of values in practice). */
    private ApiCalls callsFor(RequestOptions options) {
        Duration timeout = options.timeout().orElse(null);
        if (timeout == null || timeout.equals(requestTimeout)) {
            return calls;
        }
        ApiCalls cached = callsByTimeout.get(timeout);
        if (cached != null) {
            return cached;
        }
        return callsByTimeout.size() < 64 ? callsByTimeout.computeIfAbsent(timeout, this::callsWith) : callsWith(timeout);
    }

    private RetryPolicy policyFor(RequestOptions options) {
        return options.retryPolicy().orElse(retryPolicy);
    }

    private static Map<String, String> retryHeader(int attempt) {
        return attempt < RETRY_HEADERS.length ? RETRY_HEADERS[attempt]
                : Map.of(KlingClient.RETRY_COUNT_HEADER, Integer.toString(attempt));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String>[] retryHeaders(int n) {
        Map<String, String>[] out = new Map[n];
        for (int i = 0; i < n; i++) {
            out[i] = Map.of(KlingClient.RETRY_COUNT_HEADER, Integer.toString(i));
        }
        return out;
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
