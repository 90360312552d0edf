package io.kling4j.sandbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.kling4j.generated.model.TaskResponse;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Delivers webhooks: once per task, when a task with a {@code callback_url} is first seen completed or failed,
 * POSTs the task (the same JSON as its status GET) to that URL from a background thread, retrying at most
 * {@value #MAX_ATTEMPTS} times in all ({@link #RETRY_DELAYS}) until a 2xx answer. Only loopback URLs
 * ({@code localhost}, {@code 127.0.0.0/8}, {@code [::1]}) are called; others are recorded as
 * {@link WebhookDelivery.Outcome#REFUSED}, since the sandbox never calls out. Tasks nobody polls are noticed by a
 * sweep every {@value #SWEEP_MILLIS} ms of wall time. With a secret, every POST is signed by the Standard Webhooks
 * scheme ({@code webhook-id}, {@code webhook-timestamp}, {@code webhook-signature: v1,<base64 HMAC-SHA256>}).
 */
final class WebhookSender implements AutoCloseable {
    /** Most POSTs per task. */
    static final int MAX_ATTEMPTS = 3;
    /** Wall-time wait before the second and the third POST. */
    static final List<Duration> RETRY_DELAYS = List.of(Duration.ofMillis(200), Duration.ofSeconds(1));
    /** Wall-time period of the sweep over unfinished tasks with a callback. */
    static final long SWEEP_MILLIS = 100;
    private static final Duration POST_TIMEOUT = Duration.ofSeconds(5);
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final byte[] signingKey;
    private final Clock clock;
    private final Set<SandboxTask> watched = ConcurrentHashMap.newKeySet();
    private final Map<String, WebhookDelivery> deliveries = new ConcurrentHashMap<>();
    private volatile Running running;

    /**
     * @param secret the Standard Webhooks secret ({@code whsec_<base64>}), or null to send unsigned
     * @param clock the time source of {@code webhook-timestamp}
     */
    WebhookSender(String secret, Clock clock) {
        this.signingKey = secret == null ? null : key(secret);
        this.clock = clock;
    }

    /**
     * @param secret {@code whsec_<base64>}
     * @return the HMAC key it stands for
     * @throws IllegalArgumentException when it is not {@code whsec_} followed by non-empty base64
     */
    static byte[] key(String secret) {
        String s = secret == null ? "" : secret.trim();
        byte[] key;
        try {
            key = Base64.getDecoder().decode(s.startsWith("whsec_") ? s.substring("whsec_".length()) : s);
        } catch (IllegalArgumentException e) {
            key = new byte[0];
        }
        if (key.length == 0) {
            throw new IllegalArgumentException("webhookSecret must be whsec_ followed by non-empty base64");
        }
        return key;
    }

    /** What exists only while the sandbox runs; the HTTP client is made at the first delivery (it is slow to make). */
    private static final class Running {
        private final ScheduledExecutorService executor;
        private final Function<SandboxTask, TaskResponse> view;
        private final Function<SandboxTask, ?> poll;
        private HttpClient http;

        Running(ScheduledExecutorService executor, Function<SandboxTask, TaskResponse> view,
                Function<SandboxTask, ?> poll) {
            this.executor = executor;
            this.view = view;
            this.poll = poll;
        }

        ScheduledExecutorService executor() {
            return executor;
        }

        Function<SandboxTask, TaskResponse> view() {
            return view;
        }

        Function<SandboxTask, ?> poll() {
            return poll;
        }

        synchronized HttpClient http() {
            if (http == null) {
                http = HttpClient.newBuilder().connectTimeout(POST_TIMEOUT)
                        .followRedirects(HttpClient.Redirect.NEVER).build();
            }
            return http;
        }
    }

    /**
     * Starts the sweep and the sender.
     *
     * @param view renders a task as its status GET does
     * @param poll computes a task's status (which reports finished tasks back to {@link #finished})
     */
    void start(Function<SandboxTask, TaskResponse> view, Function<SandboxTask, ?> poll) {
        ScheduledExecutorService executor = SandboxThreads.scheduledPool("webhooks");
        running = new Running(executor, view, poll);
        executor.scheduleWithFixedDelay(this::sweep, SWEEP_MILLIS, SWEEP_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Watches a new task with a {@code callback_url}, so it is delivered even if nobody polls it. */
    void watch(SandboxTask task) {
        if (task.callbackUrl() != null) {
            watched.add(task);
        }
    }

    /** Called with each live task seen completed or failed; starts its delivery the first time. */
    void finished(SandboxTask task) {
        watched.remove(task);
        String url = task.callbackUrl();
        Running now = running;
        if (url == null || now == null || deliveries.containsKey(task.id())) {
            return;
        }
        boolean loopback = isLoopback(url);
        WebhookDelivery first = new WebhookDelivery(task.id(), url,
                loopback ? WebhookDelivery.Outcome.SENDING : WebhookDelivery.Outcome.REFUSED, 0, 0);
        if (deliveries.putIfAbsent(task.id(), first) == null && loopback) {
            now.executor().execute(() -> attempt(now, task, 1));
        }
    }

    /** @return every delivery so far, in no particular order */
    List<WebhookDelivery> deliveries() {
        return new ArrayList<>(deliveries.values());
    }

    /** @return whether {@code url} is http(s) on a loopback host, judged without any DNS lookup */
    static boolean isLoopback(String url) {
        try {
            URI uri = URI.create(url);
            String host = uri.getHost();
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (host == null || !(scheme.equals("http") || scheme.equals("https"))) {
                return false;
            }
            if (host.equalsIgnoreCase("localhost")) {
                return true;
            }
            boolean literal = IPV4.matcher(host).matches() || host.startsWith("[");
            return literal && InetAddress.getByName(host).isLoopbackAddress();
        } catch (IllegalArgumentException | UnknownHostException e) {
            return false;
        }
    }

    private void sweep() {
        Running now = running;
        for (SandboxTask task : watched) {
            now.poll().apply(task);
        }
    }

    private void attempt(Running now, SandboxTask task, int attempt) {
        int status = 0;
        try {
            byte[] body = Json.bytes(now.view().apply(task));
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(task.callbackUrl()))
                    .timeout(POST_TIMEOUT)
                    .header("Content-Type", Exchanges.JSON)
                    .header("User-Agent", "kling4j-sandbox-webhooks")
                    .header(TaskApi.TASK_ID_HEADER, task.id())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            if (signingKey != null) {
                String id = "msg_" + task.id();
                String timestamp = Long.toString(clock.instant().getEpochSecond());
                request.header("webhook-id", id).header("webhook-timestamp", timestamp)
                        .header("webhook-signature", "v1," + hmac(id + "." + timestamp + "." + new String(body, UTF_8)));
            }
            status = now.http().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (Exception e) {
            status = 0;
        }
        boolean delivered = status >= 200 && status < 300;
        boolean last = delivered || attempt >= MAX_ATTEMPTS;
        WebhookDelivery.Outcome outcome = delivered ? WebhookDelivery.Outcome.DELIVERED
                : last ? WebhookDelivery.Outcome.FAILED : WebhookDelivery.Outcome.SENDING;
        deliveries.put(task.id(), new WebhookDelivery(task.id(), task.callbackUrl(), outcome, attempt, status));
        if (!last && !now.executor().isShutdown()) {
            now.executor().schedule(() -> attempt(now, task, attempt + 1),
                    RETRY_DELAYS.get(attempt - 1).toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private String hmac(String content) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(signingKey, "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(UTF_8)));
    }

    /** Stops the sweep and any delivery in progress. */
    @Override
    public void close() {
        Running now = running;
        if (now != null) {
            now.executor().shutdownNow();
        }
    }
}
