package io.kling4j.client;

import io.kling4j.client.errors.CreateAttempt;
import io.kling4j.client.errors.KlingException;
import io.kling4j.client.errors.TaskFailedException;
import io.kling4j.client.errors.UnexpectedResponseException;
import io.kling4j.client.errors.WaitTimeoutException;
import io.kling4j.client.internal.ClientSupport;
import io.kling4j.client.webhooks.Webhooks;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

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

    private final ClientCore core;

    KlingClient(KlingClientBuilder b) {
        this.core = new ClientCore(b);
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
        return core.baseUrl();
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
        return core.submitAsync(params, options);
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
        return core.getAsync(endpoint, taskId, options);
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
        return core.waitForAsync(endpoint, taskId, options);
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
        return core.download(task, target);
    }

    /**
     * Downloads a video URL to a file. The API key is sent only when the URL is on the API's own origin.
     *
     * @param url the video URL
     * @param target the file to create or replace
     * @return the target
     */
    public Path download(URI url, Path target) {
        return core.download(url, target);
    }

    /**
     * Closes the client: every call, wait and download still pending ends at once with a
     * {@link io.kling4j.client.errors.ClientClosedException} (a blocking download's temporary file is removed; a create
     * cut short keeps its {@link KlingException#createAttempt()} to recover the task), every later call fails at once
     * with the same exception, and the threads the client owns stop. Idempotent.
     */
    @Override
    public void close() {
        core.close();
    }

    @Override
    public String toString() {
        return core.toString();
    }

    // ---- account; files; webhooks ---------------------------------------------------------------------------

    /**
     * Reads the account's credit balance ({@code GET /api/v1/me/balance}), with the usual retries.
     *
     * @return the balance, in US cents
     * @throws UnexpectedResponseException when the answer has no {@code balance_cents}
     */
    public Balance balance() {
        return core.balance();
    }

    /**
     * Reads the account the API key belongs to ({@code GET /api/v1/me}), with the usual retries.
     *
     * @return the account
     * @throws UnexpectedResponseException when the answer has no body
     */
    public Account account() {
        return core.account();
    }

    /**
     * Stores a file RunAPI fetches from a URL ({@code POST /api/v1/files}) and returns its temporary URL, to pass
     * to a task before it expires (one hour). Retried like every call; the upload has no idempotency key, so a
     * retried upload may store the file twice (under two temporary URLs), which is harmless.
     *
     * @param url where RunAPI fetches the file
     * @param fileName the name to store it under (it ends the temporary URL), or null
     * @return the stored file and its temporary URL
     * @throws UnexpectedResponseException when the answer has no URL
     */
    public UploadedFile uploadFile(URI url, String fileName) {
        return core.upload(url, fileName);
    }

    /**
     * Stores a file given as bytes (sent base64 encoded); see {@link #uploadFile(URI, String)}. For a large file use
     * {@link #uploadFile(Path, String, RequestOptions)}, which never holds it in memory.
     *
     * @param data the file's bytes
     * @param fileName the name to store it under, or null
     * @return the stored file and its temporary URL
     */
    public UploadedFile uploadFile(byte[] data, String fileName) {
        return core.upload(data, fileName);
    }

    /**
     * Uploads a local file ({@code POST /api/v1/files}, base64 encoded while it is sent, never whole in memory)
     * and returns its temporary URL. Retried like {@link #uploadFile(URI, String)}.
     *
     * @param file the local file: a readable regular file (not a directory, pipe or device), checked before
     *     anything is sent
     * @param fileName the name to store it under (it ends the temporary URL)
     * @param options per-call overrides (timeout, retry policy)
     * @return the stored file and its temporary URL
     * @throws IllegalArgumentException when {@code file} is not a readable regular file; nothing was sent
     */
    public UploadedFile uploadFile(Path file, String fileName, RequestOptions options) {
        return core.uploadFile(file, fileName, options);
    }

    /**
     * Checks a request against the spec's rules without sending anything (what every submit does first).
     *
     * @param params the request
     * @throws io.kling4j.client.errors.ValidationException listing every broken rule
     */
    public void validate(TaskParams params) {
        core.validate(params);
    }

    /**
     * Webhook helpers: {@code webhooks().deliver(body)} makes pending waits of the task in the body poll now;
     * {@code webhooks().deliver(body, headers)} with a {@link KlingClientBuilder#webhookSecret(String) webhook secret}
     * verifies the signature and ends them at once.
     *
     * @return the webhook helpers bound to this client's pending waits
     */
    public Webhooks webhooks() {
        return core.webhooks();
    }

    /**
     * The price of a request before submitting it ({@code POST /api/v1/price_quotes}); nothing is created or charged.
     * Shorthand for {@code pricing().quote(params)}.
     *
     * @param params the request
     * @return what RunAPI would reserve for it, in US dollars
     */
    public PriceQuote quote(TaskParams params) {
        return core.pricing().quote(params);
    }

    /** @return price quotes and RunAPI's price schedules ({@link Pricing}) */
    public Pricing pricing() {
        return core.pricing();
    }
}
