package io.kling4j.benchmarks;

import io.kling4j.client.KlingClient;
import io.kling4j.sandbox.KlingSandbox;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

/**
 * Figure 4: a 1 GiB download over loopback, {@code KlingClient.download} against a raw copy (JDK HttpClient
 * {@code ofInputStream} into a {@link FileChannel}), alternating which goes first, {@value #ROUNDS} rounds each,
 * into a temporary directory deleted afterwards. The blob comes from the sandbox CDN when the installed sandbox has
 * {@code publishBlob(String, long)}, else from {@link BlobServer}. Heap growth = used heap after a full GC when
 * half the file is written, minus the same before the download (the live memory the download holds); the peak
 * used heap sampled every 10 ms (garbage included) is printed too.
 */
public final class DownloadSuite {
    static final long SIZE = 1L << 30;
    private static final int ROUNDS = 4;

    private DownloadSuite() {
    }

    /** Runs the suite and prints one line per download and a summary. */
    public static void run() throws Exception {
        Path dir = Files.createTempDirectory("kling4j-bench-download-");
        try (KlingSandbox sandbox = KlingSandbox.builder().build().start();
             BlobServer fallback = new BlobServer(SIZE);
             ResourceSampler sampler = new ResourceSampler();
             KlingClient client = KlingClient.builder().baseUrl(sandbox.baseUri()).apiKey(sandbox.apiKey()).build()) {
            URI url = sandboxBlob(sandbox);
            String source = url != null ? "sandbox CDN (publishBlob)" : "benchmark's own loopback BlobServer";
            if (url == null) {
                url = fallback.url();
            }
            System.out.println("Download of 1 GiB from the " + source);
            HttpClient raw = HttpClient.newHttpClient();
            double[] best = {Double.MAX_VALUE, Double.MAX_VALUE};
            long[] growth = {0, 0};
            for (int round = 0; round < ROUNDS; round++) {
                for (int slot = 0; slot < 2; slot++) {
                    int v = (slot + round) % 2; // raw first in even rounds, facade first in odd ones
                    Path target = dir.resolve("video-" + v + ".mp4");
                    long heap0 = sampler.heapAfterGc();
                    sampler.reset();
                    HalfwayProbe probe = new HalfwayProbe(dir, sampler);
                    long t0 = System.nanoTime();
                    if (v == 0) {
                        rawCopy(raw, url, target);
                    } else {
                        client.download(url, target);
                    }
                    double secs = (System.nanoTime() - t0) / 1e9;
                    probe.stop();
                    if (Files.size(target) != SIZE) {
                        throw new IllegalStateException("short download: " + Files.size(target));
                    }
                    Files.delete(target);
                    long g = probe.heapAtHalf() < 0 ? 0 : probe.heapAtHalf() - heap0; // 0: ended before half way
                    best[v] = Math.min(best[v], secs);
                    growth[v] = Math.max(growth[v], g);
                    System.out.printf("round %d %-6s %.2f s  %.0f MiB/s  live heap growth %.1f MiB"
                                    + "  peak used heap growth incl. garbage %.1f MiB%n", round,
                            v == 0 ? "raw" : "facade", secs, SIZE / 1048576.0 / secs, g / 1048576.0, (sampler.peakHeap() - heap0) / 1048576.0);
                }
            }
            System.out.printf("RESULT raw=%.0f MiB/s facade=%.0f MiB/s ratio=%.2f rawHeapGrowthMiB=%.1f"
                            + " facadeHeapGrowthMiB=%.1f%n", SIZE / 1048576.0 / best[0], SIZE / 1048576.0 / best[1],
                    best[0] / best[1], growth[0] / 1048576.0, growth[1] / 1048576.0);
        } finally {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    /** The baseline: the body as an InputStream copied into a FileChannel with a 64 KiB buffer. */
    static void rawCopy(HttpClient http, URI url, Path target) throws Exception {
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(url).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = response.body();
             FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                     StandardOpenOption.TRUNCATE_EXISTING)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                ByteBuffer b = ByteBuffer.wrap(buffer, 0, n);
                while (b.hasRemaining()) {
                    out.write(b);
                }
            }
        }
    }

    /** @return the URL of a 1 GiB sandbox blob, or null when the installed sandbox cannot publish one */
    private static URI sandboxBlob(KlingSandbox sandbox) {
        try {
            Object url = KlingSandbox.class.getMethod("publishBlob", String.class, long.class)
                    .invoke(sandbox, "bench-1gib.mp4", SIZE);
            return URI.create(url.toString());
        } catch (ReflectiveOperationException notYet) {
            return null;
        }
    }
}
