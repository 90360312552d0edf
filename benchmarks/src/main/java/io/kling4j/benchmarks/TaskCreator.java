package io.kling4j.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Creates many tasks with a bounded number of concurrent submits. */
final class TaskCreator {
    private TaskCreator() {
    }

    /**
     * A pooled connection the server has just closed fails a submit now and then on a loaded machine; the set-up
     * tries again (a lost answer may leave one extra task nobody waits for, which changes no figure).
     */
    private static String submitRetrying(CallVariant calls) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return calls.submit();
            } catch (java.io.IOException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** @return the ids of {@code count} new tasks, created {@code parallel} at a time */
    static List<String> create(CallVariant calls, int count, int parallel) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            List<Future<String>> ids = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                ids.add(pool.submit(() -> submitRetrying(calls)));
            }
            List<String> out = new ArrayList<>(count);
            for (Future<String> id : ids) {
                out.add(id.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
