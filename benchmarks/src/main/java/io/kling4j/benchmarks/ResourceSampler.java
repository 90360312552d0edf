package io.kling4j.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Samples this JVM's live platform threads and used heap every 10 ms on one daemon thread of its own (started
 * before the baseline is taken, so it is part of the baseline), and reads the JVM's own peak thread count.
 */
final class ResourceSampler implements AutoCloseable {
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread sampler;
    private volatile long peakHeap;
    private volatile int peakThreads;
    private volatile Map<String, Integer> namesAtPeak = Map.of();

    ResourceSampler() {
        sampler = new Thread(this::loop, "bench-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Forgets the peaks so far. */
    void reset() {
        threads.resetPeakThreadCount();
        peakHeap = 0;
        peakThreads = 0;
    }

    /** @return live threads now */
    int liveThreads() {
        return threads.getThreadCount();
    }

    /** @return the JVM's peak live thread count since {@link #reset()} */
    int jvmPeakThreads() {
        return threads.getPeakThreadCount();
    }

    /** @return the largest sampled used heap since {@link #reset()} */
    long peakHeap() {
        return peakHeap;
    }

    /** @return thread names (digits folded to #) and counts when the sampled thread count peaked */
    Map<String, Integer> namesAtPeak() {
        return namesAtPeak;
    }

    /** @return used heap after a full collection */
    long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** @return this process's resident set size (Linux /proc), or 0 where unknown */
    static long rssBytes() {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (java.io.IOException | RuntimeException unknown) {
            return 0;
        }
        return 0;
    }

    private void loop() {
        while (running.get()) {
            long heap = memory.getHeapMemoryUsage().getUsed();
            if (heap > peakHeap) {
                peakHeap = heap;
            }
            int live = threads.getThreadCount();
            if (live > peakThreads) {
                peakThreads = live;
                Map<String, Integer> names = new TreeMap<>();
                for (Thread t : Thread.getAllStackTraces().keySet()) {
                    names.merge(t.getName().replaceAll("[0-9]+", "#"), 1, Integer::sum);
                }
                namesAtPeak = names;
            }
            try {
                Thread.sleep(10); // a sampling period, not synchronisation
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        running.set(false);
        sampler.interrupt();
    }
}
