package io.kling4j.client.internal;

import io.kling4j.client.errors.ErrorDetails;
import io.kling4j.client.errors.KlingException;
import io.kling4j.client.errors.NetworkException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * Streams a video to a temporary file beside the target and moves it into place atomically, so the target
 * is either absent or complete. Never holds the video in memory. A connection dropped mid-body is resumed
 * with a {@code Range} request (up to {@code maxResumes} times); a server that ignores Range restarts the copy.
 */
public final class VideoDownloader {
    private final HttpClient http;
    private final Duration timeout;
    private final int maxResumes;
    private final InFlight inFlight;

    /**
     * @param http the HTTP client
     * @param timeout time allowed until the response headers arrive, per request
     * @param maxResumes how many times a broken transfer is resumed
     * @param inFlight the client's pending calls: its {@code close()} interrupts a download in progress
     */
    public VideoDownloader(HttpClient http, Duration timeout, int maxResumes, InFlight inFlight) {
        this.http = http;
        this.timeout = timeout;
        this.maxResumes = maxResumes;
        this.inFlight = inFlight;
    }

    /**
     * @param url where the video is
     * @param target the file to create or replace
     * @param headers headers to send (the caller decides whether credentials belong to this origin)
     * @return the target
     */
    public Path download(URI url, Path target, Map<String, String> headers) {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = null;
        try {
            Files.createDirectories(dir);
            // not createTempFile: that makes the file 0600, and the video should get the usual permissions
            temp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
            Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW).close();
            copyWithResume(url, temp, headers);
            moveIntoPlace(temp, target);
            return target;
        } catch (IOException | InterruptedException e) {
            if (inFlight.isClosed()) {
                throw InFlight.closedError("download of " + redactQuery(url));
            }
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
                throw new NetworkException("download of " + redactQuery(url) + " was interrupted", ErrorDetails.none(), e);
            }
            throw new NetworkException("download of " + redactQuery(url) + " failed: " + e, ErrorDetails.none(), e);
        } catch (RuntimeException e) {
            if (inFlight.isClosed()) { // close() cancelled the exchange under us: whatever surfaced, say so
                throw InFlight.closedError("download of " + redactQuery(url));
            }
            throw e;
        } finally {
            deleteQuietly(temp);
        }
    }

    private void copyWithResume(URI url, Path temp, Map<String, String> headers)
            throws IOException, InterruptedException {
        long written = 0;
        for (int resumes = 0; ; resumes++) {
            if (inFlight.isClosed()) {
                throw new InterruptedException("client closed");
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(timeout).GET();
            headers.forEach(request::header);
            boolean resuming = written > 0;
            if (resuming) {
                request.header("Range", "bytes=" + written + "-");
            }
            BodyToFile body = new BodyToFile(temp, resuming);
            HttpResponse<String> response;
            try {
                response = send(request.build(), body);
            } catch (IOException broken) {
                if (!body.headersArrived || resumes >= maxResumes) {
                    throw broken; // no answer at all, or resumed often enough
                }
                written = Files.size(temp);
                continue;
            }
            if (!body.toFile) {
                throw failure(url, response);
            }
            written = Files.size(temp);
            long expected = expectedTotal(response, written);
            if (expected >= 0 && expected != written) {
                if (resumes >= maxResumes) {
                    throw new IOException("body ended after " + written + " of " + expected + " bytes");
                }
                continue;
            }
            return;
        }
    }

    /**
     * Sends on the caller's thread (a download is a blocking call), then copies the body into the file on the same
     * thread while the JDK's selector keeps receiving (the {@link Pipe} holds a bounded number of buffers between
     * them). The caller blocks in the JDK's wait for the headers and in the pipe's interruptible {@code take}: an
     * interrupt ends either (and cancels the exchange), which is how {@code close()} stops a download in progress.
     * The JDK's own body {@code InputStream} would not do: its read ignores interrupts on JDK 17.
     */
    private HttpResponse<String> send(HttpRequest request, BodyToFile body) throws IOException, InterruptedException {
        Thread caller = Thread.currentThread();
        Runnable forget = inFlight.onClose(caller::interrupt);
        try {
            HttpResponse<String> response = http.send(request, body);
            if (body.pipe != null) {
                body.pipe.drainTo(body.temp, body.append);
            }
            return response;
        } finally {
            forget.run();
            if (inFlight.isClosed()) {
                Thread.interrupted(); // close()'s interrupt, not the caller's
                throw new InterruptedException("client closed");
            }
        }
    }

    /**
     * Streams a 200 (or, when resuming, a 206) body straight into the temporary file through a {@code FileChannel};
     * any other status is read as a short text for the error.
     */
    private static final class BodyToFile implements HttpResponse.BodyHandler<String> {
        private final Path temp;
        private final boolean resuming;
        volatile boolean headersArrived;
        volatile boolean toFile;
        volatile boolean append;
        volatile Pipe pipe;

        BodyToFile(Path temp, boolean resuming) {
            this.temp = temp;
            this.resuming = resuming;
        }

        @Override
        public HttpResponse.BodySubscriber<String> apply(HttpResponse.ResponseInfo info) {
            headersArrived = true;
            append = resuming && info.statusCode() == 206;
            toFile = info.statusCode() == 200 || append;
            if (!toFile) {
                return HttpResponse.BodySubscribers.ofString(charset(info.headers()));
            }
            pipe = new Pipe();
            return pipe;
        }
    }

    /**
     * The body of a download between the JDK's selector and the caller's thread: the subscriber side only queues
     * buffers (at most {@value #PREFETCH} lists requested ahead, so memory stays bounded), the caller writes them to
     * the file ({@link #drainTo}). Its {@code getBody()} completes at once, so {@code send} returns with the headers.
     */
    static final class Pipe implements HttpResponse.BodySubscriber<String> {
        static final int PREFETCH = 16;
        private static final List<ByteBuffer> END = new ArrayList<>(0);
        private final BlockingQueue<List<ByteBuffer>> queue = new LinkedBlockingQueue<>();
        private volatile Flow.Subscription subscription;
        private volatile boolean cancelled;
        private volatile Throwable error;

        @Override
        public CompletionStage<String> getBody() {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (cancelled) {
                s.cancel();
            } else {
                s.request(PREFETCH);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> item) {
            queue.add(item);
        }

        @Override
        public void onError(Throwable t) {
            error = t;
            queue.add(END);
        }

        @Override
        public void onComplete() {
            queue.add(END);
        }

        /** Writes the body into the file (no CREATE: it exists) until it ends; cancels the exchange on any failure. */
        void drainTo(Path file, boolean append) throws IOException, InterruptedException {
            try (FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE,
                    append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING)) {
                while (true) {
                    List<ByteBuffer> item = queue.take();
                    if (item == END) {
                        if (error != null) {
                            throw error instanceof IOException io ? io : new IOException(error);
                        }
                        return;
                    }
                    for (ByteBuffer buffer : item) {
                        while (buffer.hasRemaining()) {
                            out.write(buffer);
                        }
                    }
                    subscription.request(1);
                }
            } catch (IOException | InterruptedException | RuntimeException e) {
                cancel();
                throw e;
            }
        }

        private void cancel() {
            cancelled = true;
            Flow.Subscription s = subscription;
            if (s != null) {
                s.cancel();
            }
        }
    }

    private static long expectedTotal(HttpResponse<?> response, long written) {
        if (response.statusCode() == 206) {
            String range = response.headers().firstValue("Content-Range").orElse("");
            int slash = range.lastIndexOf('/');
            return slash < 0 || range.endsWith("*") ? -1 : Long.parseLong(range.substring(slash + 1).trim());
        }
        return response.headers().firstValueAsLong("Content-Length").orElse(-1);
    }

    private static KlingException failure(URI url, HttpResponse<String> response) {
        String body = response.body();
        return ErrorMapper.fromResponse(response.statusCode(), response.headers(), body,
                "download of " + redactQuery(url));
    }

    /** The charset a response declares, UTF-8 when none or an unknown one (as the generated API classes do). */
    static Charset charset(HttpHeaders headers) {
        for (String param : headers.firstValue("Content-Type").orElse("").split(";")) {
            String[] pair = param.trim().split("=", 2);
            if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("charset")) {
                try {
                    return Charset.forName(pair[1].trim().replace("\"", ""));
                } catch (IllegalArgumentException unknown) {
                    break;
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // best effort: the temp file is hidden and named *.part
            }
        }
    }

    /** Signed CDN URLs carry credentials in the query string; messages show the path only. */
    static String redactQuery(URI url) {
        String s = url.toString();
        int q = s.indexOf('?');
        return q < 0 ? s : s.substring(0, q) + "?…";
    }
}
