package io.kling4j.benchmarks;

import io.kling4j.client.KlingClient;
import io.kling4j.client.RequestOptions;
import io.kling4j.client.UploadedFile;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.stream.Stream;

/**
 * Issue 14 item 4, uploads: {@code KlingClient.uploadFile(Path, name, options)} (the file base64-encoded while it
 * is sent) against a raw JDK {@code HttpClient.send} of the same body bytes already encoded on disk
 * ({@code BodyPublishers.ofFile}: the wire-speed bound, no encoding at all), both to {@link DrainServer} on loopback,
 * alternating which goes first, {@value #ROUNDS} rounds each. Heap growth = used heap after a full GC when the server
 * has received half the body, minus the same before the upload. Size in MiB as argument (default 512).
 */
public final class UploadSuite {
    private static final int ROUNDS = 3;

    private UploadSuite() {
    }

    /** @param mib size of the uploaded file in MiB */
    public static void run(int mib) throws Exception {
        Path dir = Files.createTempDirectory("kling4j-bench-upload-");
        try (DrainServer server = new DrainServer();
             ResourceSampler sampler = new ResourceSampler();
             KlingClient client = KlingClient.builder().baseUrl(server.baseUri()).apiKey(SandboxLauncher.KEY)
                     .requestTimeout(Duration.ofMinutes(10)).build()) {
            Path file = dir.resolve("source.bin");
            Path encoded = dir.resolve("body.json");
            write(file, encoded, (long) mib << 20);
            long bodyBytes = Files.size(encoded);
            HttpClient raw = HttpClient.newHttpClient();
            URI endpoint = URI.create(server.baseUri() + "/api/v1/files");
            System.out.printf("Upload of %d MiB (body %d bytes, base64) to a loopback drain server%n", mib, bodyBytes);
            double[] best = {Double.MAX_VALUE, Double.MAX_VALUE};
            long[] growth = {0, 0};
            for (int round = 0; round < ROUNDS; round++) {
                for (int slot = 0; slot < 2; slot++) {
                    int v = (slot + round) % 2;
                    server.reset();
                    long heap0 = sampler.heapAfterGc();
                    sampler.reset();
                    HalfwayProbe probe = new HalfwayProbe(server::received, bodyBytes / 2, sampler);
                    long t0 = System.nanoTime();
                    if (v == 0) {
                        HttpResponse<String> r = raw.send(HttpRequest.newBuilder(endpoint)
                                .header("Authorization", "Bearer " + SandboxLauncher.KEY)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofFile(encoded)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() != 200) {
                            throw new IllegalStateException("raw upload: " + r.statusCode());
                        }
                    } else {
                        UploadedFile stored = client.uploadFile(file, "bench.bin", RequestOptions.none());
                        if (stored.url() == null) {
                            throw new IllegalStateException("no url");
                        }
                    }
                    double secs = (System.nanoTime() - t0) / 1e9;
                    probe.stop();
                    if (server.received() != bodyBytes) {
                        throw new IllegalStateException("server received " + server.received() + " of " + bodyBytes);
                    }
                    long g = probe.heapAtHalf() < 0 ? 0 : probe.heapAtHalf() - heap0;
                    best[v] = Math.min(best[v], secs);
                    growth[v] = Math.max(growth[v], g);
                    System.out.printf("round %d %-6s %.2f s  %.0f MiB/s of file  live heap growth %.1f MiB"
                                    + "  peak used heap growth incl. garbage %.1f MiB%n", round,
                            v == 0 ? "raw" : "facade", secs, mib / secs, g / 1048576.0,
                            (sampler.peakHeap() - heap0) / 1048576.0);
                }
            }
            System.out.printf("RESULT upload mib=%d raw=%.0f MiB/s facade=%.0f MiB/s ratio=%.2f rawHeapGrowthMiB=%.1f"
                            + " facadeHeapGrowthMiB=%.1f%n", mib, mib / best[0], mib / best[1], best[0] / best[1],
                    growth[0] / 1048576.0, growth[1] / 1048576.0);
        } finally {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    /** Writes {@code size} pattern bytes to {@code file} and the JSON upload body with them in base64 to {@code body}. */
    private static void write(Path file, Path body, long size) throws Exception {
        byte[] chunk = new byte[1 << 20];
        for (int i = 0; i < chunk.length; i++) {
            chunk[i] = (byte) (i * 131 + (i >> 8));
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long left = size; left > 0; left -= chunk.length) {
                out.write(chunk, 0, (int) Math.min(chunk.length, left));
            }
        }
        try (OutputStream out = Files.newOutputStream(body)) {
            out.write("{\"file_name\":\"bench.bin\",\"source\":{\"type\":\"base64\",\"data\":\""
                    .getBytes(StandardCharsets.UTF_8));
            OutputStream b64 = Base64.getEncoder().wrap(new OutputStream() { // its close() keeps the file open
                @Override
                public void write(int b) throws java.io.IOException {
                    out.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) throws java.io.IOException {
                    out.write(b, off, len);
                }
            });
            Files.copy(file, b64);
            b64.close();
            out.write("\"}}".getBytes(StandardCharsets.US_ASCII));
        }
    }
}
