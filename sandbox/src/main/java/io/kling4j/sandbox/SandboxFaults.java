package io.kling4j.sandbox;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * Faults on demand, for reliability tests: scripted per operation and per attempt ({@link #on(String, String)}),
 * random at a seeded rate ({@link #randomRate(double, long)}), and scripted task fates ({@link #nextTask},
 * {@link #allTasks}). Faults apply only to the API's {@code /api/} paths, never to the CDN or the admin API.
 * Get it from {@link KlingSandbox#faults()}; the admin HTTP API ({@code /__sandbox/faults}) drives the same
 * object. Thread-safe; decisions are taken under one lock, so the same sequence of requests meets the same faults.
 *
 * <p>Operations are named after the path below {@code /api/v1/}: the task endpoint for both the create and the
 * status GET (the segment of {@code /api/v1/kling/<segment>}, for every task endpoint the spec declares),
 * {@code files}, {@code me} and {@code me/balance}. {@code "*"}
 * matches any method or operation.
 */
public final class SandboxFaults {
    /** One scripted fault. */
    record Rule(String method, String operation, int first, int last, FaultAction action, FaultHandle handle) {
        boolean matches(String requestMethod, String requestOperation) {
            return ("*".equals(method) || method.equalsIgnoreCase(requestMethod))
                    && ("*".equals(operation) || operation.equals(requestOperation));
        }
    }

    /** The fault chosen for one request, with the handle that counts it. */
    record Decision(FaultAction action, FaultHandle handle) {
    }

    private static final List<FaultAction> RANDOM_ACTIONS = List.of(
            new FaultAction(FaultAction.Kind.RESPOND, 503, "{\"error\":{\"code\":\"service_unavailable\",\"message\":\"Injected 503\"}}",
                    Map.of("Retry-After", "1"), Duration.ZERO),
            new FaultAction(FaultAction.Kind.RESPOND, 500, "{\"error\":{\"code\":\"server_error\",\"message\":\"Injected 500\"}}", Map.of(),
                    Duration.ZERO),
            new FaultAction(FaultAction.Kind.RESPOND, 429, "{\"error\":{\"code\":\"rate_limited\",\"message\":\"Too many requests\"}}",
                    Map.of("Retry-After", "1"), Duration.ZERO),
            FaultAction.of(FaultAction.Kind.RESET_BEFORE_BODY),
            FaultAction.of(FaultAction.Kind.RESET_AFTER_BODY),
            FaultAction.of(FaultAction.Kind.TRUNCATED_JSON));

    private final List<Rule> rules = new ArrayList<>();
    private final Deque<TaskFault> nextTasks = new ArrayDeque<>();
    private TaskFault allTasks;
    private int acceptedPolls = -1;
    private Random random;
    private double rate;
    private FaultHandle randomHandle;

    SandboxFaults() {
    }

    /**
     * @param method    {@code GET}, {@code POST} (case-insensitive) or {@code "*"}
     * @param operation a task endpoint, {@code task_results}, {@code files}, {@code me}, {@code me/balance} or
     *                  {@code "*"}
     * @return a script to complete with the attempts to hit and the fault itself
     */
    public FaultScript on(String method, String operation) {
        return new FaultScript(this, Objects.requireNonNull(method, "method"),
                Objects.requireNonNull(operation, "operation"));
    }

    /**
     * Hits each API request that no scripted fault hit with probability {@code rate}, drawing from a
     * {@link Random} seeded with {@code seed}: one of 503 (Retry-After 1), 500, 429 (Retry-After 1), a reset
     * before the body, a reset after handling, and truncated JSON, uniformly. The same seed and the same sequence
     * of requests give the same faults. A rate of 0 switches random faults off.
     *
     * @param rate between 0 and 1
     * @param seed the seed
     * @return a handle counting the requests seen and hit
     */
    public synchronized FaultHandle randomRate(double rate, long seed) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("rate must be between 0 and 1: " + rate);
        }
        this.rate = rate;
        this.random = rate == 0 ? null : new Random(seed);
        this.randomHandle = new FaultHandle("random faults at rate " + rate + ", seed " + seed);
        return randomHandle;
    }

    /**
     * Gives the next task created (not replayed) this fate; several calls queue up, one per task.
     *
     * @param fault the fate
     */
    public synchronized void nextTask(TaskFault fault) {
        nextTasks.addLast(Objects.requireNonNull(fault, "fault"));
    }

    /**
     * Gives every task created from now on this fate (after the queued {@link #nextTask} ones).
     *
     * @param fault the fate, or {@code null} to stop
     */
    public synchronized void allTasks(TaskFault fault) {
        this.allTasks = fault;
    }

    /**
     * Answers every task create from now on {@code 202 Accepted} with a {@code Location} to poll (RunAPI's hybrid
     * task API) instead of {@code 200}; the task is created as usual. Each poll of the Location answers
     * {@code processing} (with {@code Retry-After: 1}) {@code polls} times, then {@code completed} with the
     * create's own answer as {@code response.body}.
     *
     * @param polls how many polls answer {@code processing} first; negative switches 202 answers off
     */
    public synchronized void acceptCreates(int polls) {
        this.acceptedPolls = polls;
    }

    /** @return the polls before a result of {@link #acceptCreates}, or -1 when creates answer 200 */
    synchronized int acceptedPolls() {
        return acceptedPolls;
    }

    /** Removes every scripted and random fault and every task fate; existing tasks keep theirs. */
    public synchronized void clear() {
        rules.clear();
        nextTasks.clear();
        allTasks = null;
        acceptedPolls = -1;
        random = null;
        rate = 0;
        randomHandle = null;
    }

    /** @return a description of each scripted fault, in order, e.g. {@code RESPOND on POST <segment>, attempt 1} */
    public synchronized List<String> describe() {
        List<String> lines = new ArrayList<>();
        if (acceptedPolls >= 0) {
            lines.add("ACCEPTED creates answer 202, result after " + acceptedPolls + " poll(s)");
        }
        for (Rule rule : rules) {
            lines.add(rule.handle() + " (seen " + rule.handle().seen() + ", hit " + rule.handle().fired() + ")");
        }
        if (randomHandle != null) {
            lines.add(randomHandle + " (seen " + randomHandle.seen() + ", hit " + randomHandle.fired() + ")");
        }
        return lines;
    }

    synchronized void add(Rule rule) {
        rules.add(rule);
    }

    /** @return the fault for this request, or {@code null} to handle it normally; counts it in every match */
    synchronized Decision decide(String method, String operation) {
        Decision decision = null;
        for (Rule rule : rules) {
            if (rule.matches(method, operation)) {
                int attempt = rule.handle().countSeen();
                if (decision == null && attempt >= rule.first() && attempt <= rule.last()) {
                    rule.handle().countFired();
                    decision = new Decision(rule.action(), rule.handle());
                }
            }
        }
        if (random != null) {
            randomHandle.countSeen();
            if (decision == null && random.nextDouble() < rate) {
                randomHandle.countFired();
                decision = new Decision(RANDOM_ACTIONS.get(random.nextInt(RANDOM_ACTIONS.size())), randomHandle);
            }
        }
        return decision;
    }

    /** @return the fate of a task being created now, or {@code null}; consumes a queued one */
    synchronized TaskFault takeTaskFault() {
        TaskFault next = nextTasks.pollFirst();
        return next != null ? next : allTasks;
    }
}
