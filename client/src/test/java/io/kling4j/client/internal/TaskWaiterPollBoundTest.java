package io.kling4j.client.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kling4j.client.Endpoint;
import io.kling4j.client.KlingTask;
import io.kling4j.client.Scheduler;
import io.kling4j.client.WaitOptions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * At most {@code maxPolls} polls are in flight; the others queue in order, start on the scheduler as polls end, and
 * a wait cancelled while queued is never polled (issue 14: 100,000 waits must not each hold a built request).
 */
class TaskWaiterPollBoundTest {
    private static final Endpoint ENDPOINT = Endpoint.of("text_to_video");

    /** Runs nothing by itself; the test runs what was scheduled. */
    private static final class Steps implements Scheduler {
        final ConcurrentLinkedQueue<Runnable> queue = new ConcurrentLinkedQueue<>();

        @Override
        public Future<?> schedule(Runnable task, Duration delay) {
            queue.add(task);
            return new CompletableFuture<>();
        }

        int runAll() {
            int n = 0;
            for (Runnable r = queue.poll(); r != null; r = queue.poll()) {
                r.run();
                n++;
            }
            return n;
        }
    }

    private final Steps steps = new Steps();
    private final TaskWaiter waiter = new TaskWaiter(steps, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), 3);
    private final List<String> polled = new ArrayList<>();
    private final List<CompletableFuture<KlingTask>> calls = new ArrayList<>();

    private CompletableFuture<KlingTask> start(String id) {
        return waiter.waitFor(ENDPOINT, id, () -> {
            CompletableFuture<KlingTask> call = new CompletableFuture<>();
            synchronized (this) {
                polled.add(id);
                calls.add(call);
            }
            return call;
        }, WaitOptions.defaults());
    }

    private static KlingTask completed(String id) {
        return KlingTask.fromJson(ENDPOINT, "{\"id\":\"" + id + "\",\"status\":\"completed\","
                + "\"videos\":[{\"url\":\"https://cdn.example/" + id + ".mp4\"}]}");
    }

    @Test
    void pollsBeyondTheBoundQueueInOrderAndStartAsPollsEnd() {
        List<CompletableFuture<KlingTask>> waits = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            waits.add(start("t" + i));
        }
        assertEquals(List.of("t0", "t1", "t2"), polled, "only maxPolls polls are sent at once");
        assertEquals(3, waiter.pollsInFlight());

        for (int done = 0; done < 10; done++) {
            calls.get(done).complete(completed("t" + done));
            assertTrue(waits.get(done).isDone(), "t" + done + " ends with its poll's answer");
            steps.runAll(); // the next queued poll starts on the scheduler
            assertTrue(waiter.pollsInFlight() <= 3);
        }
        assertEquals(List.of("t0", "t1", "t2", "t3", "t4", "t5", "t6", "t7", "t8", "t9"), polled,
                "every wait polled once, in the order its poll fell due");
        for (int i = 0; i < 10; i++) {
            assertEquals("t" + i, waits.get(i).join().id());
        }
        assertEquals(0, waiter.pollsInFlight());
        assertEquals(0, waiter.pendingCount());
    }

    @Test
    void aWaitCancelledWhileQueuedIsNeverPolledAndFreesNoSlotTwice() {
        List<CompletableFuture<KlingTask>> waits = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            waits.add(start("t" + i));
        }
        waits.get(3).cancel(false); // queued behind t0..t2
        for (int i = 0; i < 3; i++) {
            calls.get(i).complete(completed("t" + i));
        }
        steps.runAll();
        assertEquals(List.of("t0", "t1", "t2", "t4"), polled, "t3 was cancelled before its turn");
        assertEquals(1, waiter.pollsInFlight(), "t4's poll alone is in flight");
        calls.get(3).complete(completed("t4"));
        assertEquals("t4", waits.get(4).join().id());
        assertEquals(0, waiter.pollsInFlight());
        assertEquals(0, waiter.pendingCount());
    }
}
