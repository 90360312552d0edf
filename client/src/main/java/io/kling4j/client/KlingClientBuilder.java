package io.kling4j.client;

import io.kling4j.client.errors.AuthenticationException;
import io.kling4j.client.errors.ErrorDetails;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Configures a {@link KlingClient}. Defaults: base URL {@value #DEFAULT_BASE_URL}; connect timeout 10 s;
 * request timeout 60 s (per HTTP request, overridable per call); retries as {@link RetryPolicy#defaults()};
 * a shared single-thread scheduler for back-offs and polls; the system UTC clock; request logging at {@code DEBUG}
 * to {@code System.getLogger("io.kling4j")}. The API key is required; {@link #toString()} never shows it.
 */
public final class KlingClientBuilder {
    /** RunAPI's production base URL. */
    public static final String DEFAULT_BASE_URL = "https://runapi.ai";
    /** Default connect timeout. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Default timeout of one HTTP request (until the response headers arrive). */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(60);

    /** Default timeout of one status request (a poll), when neither it nor a shorter request timeout is set. */
    public static final Duration DEFAULT_STATUS_TIMEOUT = Duration.ofSeconds(15);

    /** Name of the default {@link System.Logger}. */
    public static final String LOGGER_NAME = "io.kling4j";

    String apiKey;
    URI baseUrl = URI.create(DEFAULT_BASE_URL);
    /** Default of {@link #ioThreads(int)}. */
    public static final int DEFAULT_IO_THREADS = 2;

    Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
    Duration statusTimeout;
    RetryPolicy retryPolicy = RetryPolicy.defaults();
    RetryListener retryListener = RetryListener.none();
    Clock clock = Clock.systemUTC();
    Scheduler scheduler;
    HttpClient httpClient;
    String webhookSecret;
    int ioThreads = DEFAULT_IO_THREADS;
    boolean allowInsecureHttp;
    boolean validateRequests = true;
    System.Logger logger = System.getLogger(LOGGER_NAME);

    KlingClientBuilder() {
    }

    /**
     * Reads {@code RUNAPI_API_KEY} (trimmed) and {@code RUNAPI_BASE_URL} from the process environment, where set.
     *
     * @return this builder
     */
    public KlingClientBuilder fromEnv() {
        return fromEnv(System::getenv);
    }

    /**
     * @param env looks up an environment variable (for tests and embedding)
     * @return this builder
     */
    public KlingClientBuilder fromEnv(Function<String, String> env) {
        String key = env.apply("RUNAPI_API_KEY");
        if (key != null && !key.isBlank()) {
            apiKey(key.trim());
        }
        String base = env.apply("RUNAPI_BASE_URL");
        if (base != null && !base.isBlank()) {
            baseUrl(base.trim());
        }
        return this;
    }

    /**
     * @param env a map of environment variables
     * @return this builder
     */
    public KlingClientBuilder fromEnv(Map<String, String> env) {
        return fromEnv(env::get);
    }

    /**
     * @param key the RunAPI key, sent as a bearer token to the API's own host only
     * @return this builder
     */
    public KlingClientBuilder apiKey(String key) {
        this.apiKey = Objects.requireNonNull(key, "apiKey").trim();
        return this;
    }

    /**
     * @param url RunAPI's base URL, e.g. {@code https://runapi.ai} or a sandbox's {@code http://127.0.0.1:8089}
     * @return this builder
     */
    public KlingClientBuilder baseUrl(String url) {
        return baseUrl(URI.create(Objects.requireNonNull(url, "baseUrl")));
    }

    /**
     * @param url RunAPI's base URL
     * @return this builder
     */
    public KlingClientBuilder baseUrl(URI url) {
        Objects.requireNonNull(url, "baseUrl");
        String scheme = url.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                || url.getHost() == null) {
            throw new IllegalArgumentException("baseUrl must be an absolute http(s) URL with a host (was " + url + ")");
        }
        String s = url.toString();
        this.baseUrl = URI.create(s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
        return this;
    }

    /**
     * @param timeout time allowed to open a connection (default 10 s)
     * @return this builder
     */
    public KlingClientBuilder connectTimeout(Duration timeout) {
        this.connectTimeout = positive("connectTimeout", timeout);
        return this;
    }

    /**
     * @param timeout time allowed per HTTP request until its response headers arrive (default 60 s)
     * @return this builder
     */
    public KlingClientBuilder requestTimeout(Duration timeout) {
        this.requestTimeout = positive("requestTimeout", timeout);
        return this;
    }

    /**
     * @param timeout time allowed per status request (each poll of a wait) until its response headers arrive
     *     (default: the request timeout, at most {@code DEFAULT_STATUS_TIMEOUT}, 15 s: a status answers at once)
     * @return this builder
     */
    public KlingClientBuilder statusTimeout(Duration timeout) {
        this.statusTimeout = positive("statusTimeout", timeout);
        return this;
    }

    /**
     * @param listener told before every retry of every call (default: nobody)
     * @return this builder
     */
    public KlingClientBuilder retryListener(RetryListener listener) {
        this.retryListener = Objects.requireNonNull(listener, "retryListener");
        return this;
    }

    /**
     * @param policy retries of every call (default {@link RetryPolicy#defaults()})
     * @return this builder
     */
    public KlingClientBuilder retryPolicy(RetryPolicy policy) {
        this.retryPolicy = Objects.requireNonNull(policy, "retryPolicy");
        return this;
    }

    /**
     * @param maxRetries retries after the first attempt (0 disables retries)
     * @return this builder
     */
    public KlingClientBuilder maxRetries(int maxRetries) {
        this.retryPolicy = retryPolicy.withMaxRetries(maxRetries);
        return this;
    }

    /**
     * @param clock the time source of wait deadlines
     * @return this builder
     */
    public KlingClientBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /**
     * How many requests kling4j sends at once outside blocking calls (async calls, retries, the polls of waits),
     * each on a thread of its own ({@code kling4j-io-N}, started on demand, stopped after 30 s idle). Default
     * {@value #DEFAULT_IO_THREADS}, ample on loopback and for thousands of waits on a nearby API; raise it when many
     * requests at once meet a slow network. Blocking calls send their first request on the calling thread.
     *
     * @param threads from 1 to 256
     * @return this builder
     */
    public KlingClientBuilder ioThreads(int threads) {
        if (threads < 1 || threads > 256) {
            throw new IllegalArgumentException("ioThreads must be from 1 to 256 (was " + threads + ")");
        }
        this.ioThreads = threads;
        return this;
    }

    /**
     * @param scheduler where polls and back-offs wait; not closed by the client
     * @return this builder
     */
    public KlingClientBuilder scheduler(Scheduler scheduler) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        return this;
    }

    /**
     * @param client a JDK HTTP client of your own (proxy, SSL context, executor); its connect timeout wins. It must
     *     not follow redirects ({@code HttpClient.Redirect.NEVER}, the JDK's default): kling4j follows them itself
     *     so the API key never reaches another origin, and {@link #build()} rejects a client that follows them
     * @return this builder
     */
    public KlingClientBuilder httpClient(HttpClient client) {
        this.httpClient = Objects.requireNonNull(client, "httpClient");
        return this;
    }

    /**
     * The Standard Webhooks signing secret of your callback deliveries ({@code whsec_<base64>}). With it,
     * {@code webhooks().deliver(body, headers)} verifies each delivery's {@code webhook-signature} (5-minute
     * timestamp tolerance, against {@link #clock(Clock)}) and ends pending waits at once; without it, deliveries
     * only trigger an immediate poll. Never logged or shown by {@code toString()}.
     *
     * @param secret the secret, {@code whsec_} followed by base64
     * @return this builder
     * @throws IllegalArgumentException when the secret is not {@code whsec_} followed by base64
     */
    public KlingClientBuilder webhookSecret(String secret) {
        new io.kling4j.client.webhooks.WebhookVerifier(secret); // fail here, not at build()
        this.webhookSecret = secret;
        return this;
    }

    /**
     * Checks every request against the spec's rules before sending it (on by default). Switch it off when RunAPI
     * accepts something the spec does not know yet; RunAPI then has the last word.
     *
     * @param validate false to send requests unchecked
     * @return this builder
     */
    public KlingClientBuilder validateRequests(boolean validate) {
        this.validateRequests = validate;
        return this;
    }

    /**
     * Where the one-line {@code DEBUG} record of every HTTP request goes (method, URL without query, status,
     * duration, retry count, headers with {@code Authorization} and cookies redacted and {@code Idempotency-Key}
     * shown as a short hash; never bodies). Default: {@code System.getLogger("io.kling4j")}, which the JDK routes
     * to {@code java.util.logging} or to any installed {@link System.LoggerFinder} (SLF4J, Log4j bridges).
     *
     * @param logger the logger to use
     * @return this builder
     */
    public KlingClientBuilder logger(System.Logger logger) {
        this.logger = Objects.requireNonNull(logger, "logger");
        return this;
    }

    /**
     * Allows a plain-http base URL on a host other than loopback. Off by default: the API key would travel in
     * clear text.
     *
     * @param allow true to allow
     * @return this builder
     */
    public KlingClientBuilder allowInsecureHttp(boolean allow) {
        this.allowInsecureHttp = allow;
        return this;
    }

    /**
     * @return the client
     * @throws AuthenticationException when no API key was given
     * @throws IllegalArgumentException when a plain-http base URL is not on loopback and not allowed
     */
    public KlingClient build() {
        if (apiKey == null || apiKey.isEmpty()) {
            throw new AuthenticationException("API key is required: pass apiKey(...) or set the RUNAPI_API_KEY"
                    + " environment variable", ErrorDetails.none(), null);
        }
        if (baseUrl.getScheme().equalsIgnoreCase("http") && !allowInsecureHttp && !isLoopback(baseUrl.getHost())) {
            throw new IllegalArgumentException("baseUrl must use https unless its host is loopback (was " + baseUrl
                    + "); call allowInsecureHttp(true) to send the key in clear text anyway");
        }
        return new KlingClient(this);
    }

    static boolean isLoopback(String host) {
        String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (h.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!h.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            return false; // never resolve names here
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static Duration positive(String name, Duration d) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive (was " + d + ")");
        }
        return d;
    }

    @Override
    public String toString() {
        return "KlingClientBuilder{baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "unset" : "***")
                + ", connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout + ", retryPolicy="
                + retryPolicy + "}";
    }
}
