package io.kling4j.sandbox;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The sandbox's tasks, in memory, by id. Thread-safe. */
final class TaskStore {
    private final Map<String, SandboxTask> tasks = new ConcurrentHashMap<>();

    /** Adds {@code task}, replacing any task with the same id. */
    void put(SandboxTask task) {
        tasks.put(task.id(), task);
    }

    /** @return the task with this id created on {@code endpoint}; a task of the other endpoint is not found */
    Optional<SandboxTask> find(TaskEndpoint endpoint, String id) {
        return find(id).filter(task -> task.endpoint() == endpoint);
    }

    /** @return the task with this id, whatever its endpoint */
    Optional<SandboxTask> find(String id) {
        return Optional.ofNullable(tasks.get(id));
    }

    /** @return a snapshot of every task */
    Collection<SandboxTask> all() {
        return List.copyOf(tasks.values());
    }

    /** @return how many tasks the store holds */
    int size() {
        return tasks.size();
    }
}
