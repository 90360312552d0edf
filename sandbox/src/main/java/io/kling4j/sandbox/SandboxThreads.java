package io.kling4j.sandbox;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Fixed pools of daemon threads named {@code kling-sandbox-<role>-<n>}, so a sandbox never keeps a JVM alive. */
final class SandboxThreads {
    private SandboxThreads() {
    }

    /** @return a fixed pool of {@code size} daemon threads named after {@code role} */
    static ExecutorService fixedPool(String role, int size) {
        return Executors.newFixedThreadPool(size, factory(role));
    }

    /** @return a scheduled pool of two daemon threads named after {@code role} */
    static ScheduledExecutorService scheduledPool(String role) {
        return Executors.newScheduledThreadPool(2, factory(role));
    }

    /** @return an executor that runs each task on a new daemon thread named after {@code role} */
    static Executor daemonRunner(String role) {
        ThreadFactory factory = factory(role);
        return task -> factory.newThread(task).start();
    }

    private static ThreadFactory factory(String role) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "kling-sandbox-" + role + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
