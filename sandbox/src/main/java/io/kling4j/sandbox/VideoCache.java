package io.kling4j.sandbox;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Renders each distinct {@link VideoSpec} once, lazily, on its own render threads (never on a request thread),
 * and keeps the MP4 in a temporary directory that {@link #close()} deletes. Concurrent first requests for the same
 * spec wait for the one rendering.
 */
final class VideoCache implements AutoCloseable {
    private final Path directory;
    private final VideoRenderer renderer;
    private final ExecutorService renderPool;
    private final Map<VideoSpec, CompletableFuture<Path>> files = new ConcurrentHashMap<>();
    private final AtomicInteger renders = new AtomicInteger();

    VideoCache(Path directory, VideoRenderer renderer, ExecutorService renderPool) {
        this.directory = directory;
        this.renderer = renderer;
        this.renderPool = renderPool;
    }

    /** @return the rendered file for {@code spec}, rendering it first if needed (blocks until done) */
    Path file(VideoSpec spec) throws IOException {
        CompletableFuture<Path> future = files.computeIfAbsent(spec,
                key -> CompletableFuture.supplyAsync(() -> render(key), renderPool));
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for a video");
        } catch (ExecutionException e) {
            files.remove(spec, future);
            throw new IOException("rendering failed", e.getCause());
        }
    }

    /** @return how many videos were rendered so far */
    int renderCount() {
        return renders.get();
    }

    private Path render(VideoSpec spec) {
        Path target = directory.resolve(spec.cacheKey() + ".mp4");
        Path partial = directory.resolve(spec.cacheKey() + ".part");
        try {
            renderer.render(spec, partial);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            renders.incrementAndGet();
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops rendering, fails whoever waits, and deletes the directory with every video in it. */
    @Override
    public void close() {
        renderPool.shutdownNow();
        files.values().forEach(future -> future.completeExceptionally(new IOException("sandbox closed")));
        try {
            renderPool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deleteRecursively(directory);
    }

    private static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // best effort: the directory lives under java.io.tmpdir
        }
    }
}
