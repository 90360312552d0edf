package io.kling4j.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Watches a directory (or any progress counter) on a thread of its own and, once the files in it reach half of
 * {@link DownloadSuite#SIZE} (or the counter its half mark), takes the used heap after a full GC.
 */
final class HalfwayProbe {
    private final Thread thread;
    private volatile long heapAtHalf = -1;
    private volatile boolean stopped;

    HalfwayProbe(Path dir, ResourceSampler sampler) {
        this(() -> size(dir), DownloadSuite.SIZE / 2, sampler);
    }

    /** Takes the heap once {@code progress} reaches {@code half}. */
    HalfwayProbe(java.util.function.LongSupplier progress, long half, ResourceSampler sampler) {
        thread = new Thread(() -> {
            while (!stopped && heapAtHalf < 0) {
                if (progress.getAsLong() >= half) {
                    heapAtHalf = sampler.heapAfterGc();
                    return;
                }
                try {
                    Thread.sleep(5); // a sampling period, not synchronisation
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-halfway-probe");
        thread.setDaemon(true);
        thread.start();
    }

    void stop() throws InterruptedException {
        stopped = true;
        thread.join();
    }

    /** @return the heap at half way, or -1 when the download ended first */
    long heapAtHalf() {
        return heapAtHalf;
    }

    private static long size(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException gone) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            return 0;
        }
    }
}
